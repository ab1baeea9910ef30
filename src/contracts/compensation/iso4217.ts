/**
 * ISO 4217 currencies that have a minor unit, grouped by its exponent (digits after the point).
 * From the ISO 4217 list one published 2024-06-25, plus XCG (Caribbean guilder, 2 digits, in use
 * since 2025-03-31). Codes without a minor unit (XAU, XDR, XXX, XTS …) are left out on purpose: pay
 * cannot be held in them.
 *
 * Why a table and not Intl: `Intl.NumberFormat(…).resolvedOptions().maximumFractionDigits` is
 * CLDR's display precision, not the ISO exponent. It matches for JPY 0, USD 2, BHD 3, KWD 3, CLP 0,
 * but on Node 20 it gives 0 for HUF, IDR, COP, PKR, IRR, LAK, MGA, … (ISO: 2) and for IQD (ISO: 3);
 * `Intl.supportedValuesOf('currency')` lacks CLF, UYW, BOV, … and still lists HRK, SLL, ZWL; and
 * both vary with each browser's ICU. Stored minor units must mean the same everywhere.
 */
const byExponent: Record<number, string> = {
  0: 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF',
  2: `AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
    CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
    GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD
    LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN
    PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB
    TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG`,
  3: 'BHD IQD JOD KWD LYD OMR TND',
  4: 'CLF UYW',
};

/** Currency code → ISO 4217 minor-unit exponent. */
export const iso4217Exponents: ReadonlyMap<string, number> = new Map(
  Object.entries(byExponent).flatMap(([exponent, codes]) =>
    codes
      .trim()
      .split(/\s+/)
      .map((code) => [code, Number(exponent)] as const),
  ),
);
