import type { SeededRandom } from './random';

/**
 * Given and family names grouped by background, so a generated person gets a plausible pairing
 * (a "Kwame Mensah" rather than a "Kwame Nakamura") while the organisation as a whole is mixed.
 */
const namePools: readonly { given: readonly string[]; family: readonly string[] }[] = [
  {
    given: ['Olivia', 'James', 'Harriet', 'Thomas', 'Eleanor', 'Callum', 'Isla', 'Rhys', 'Megan', 'Owen'],
    family: ['Whitfield', 'Hughes', 'Barker', 'Lawson', 'Pritchard', 'Fletcher', 'Morgan', 'Ashworth'],
  },
  {
    given: ['Mateo', 'Lucía', 'Valentina', 'Diego', 'Camila', 'Joaquín', 'Renata', 'Santiago', 'Ximena'],
    family: ['García', 'Fernández', 'Ortega', 'Morales', 'Castillo', 'Herrera', 'Vargas', 'Ruiz'],
  },
  {
    given: ['Aiko', 'Haruto', 'Yui', 'Kenji', 'Sakura', 'Ren', 'Mei', 'Daichi'],
    family: ['Tanaka', 'Nakamura', 'Kobayashi', 'Watanabe', 'Fujita', 'Ishikawa', 'Mori'],
  },
  {
    given: ['Chidi', 'Amara', 'Oluwaseun', 'Ngozi', 'Tunde', 'Adaeze', 'Emeka', 'Folake'],
    family: ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Okonkwo', 'Adebayo'],
  },
  {
    given: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Isha', 'Nikhil', 'Meera'],
    family: ['Sharma', 'Iyer', 'Reddy', 'Menon', 'Chatterjee', 'Kulkarni', 'Nair', 'Bhatt'],
  },
  {
    given: ['Wei', 'Lin', 'Jun', 'Xiu', 'Hao', 'Ying', 'Zhen', 'Mingyu'],
    family: ['Chen', 'Wang', 'Liu', 'Zhou', 'Huang', 'Xu', 'Lin'],
  },
  {
    given: ['Lukas', 'Hannah', 'Felix', 'Lena', 'Jonas', 'Mia', 'Matthias', 'Clara'],
    family: ['Becker', 'Hoffmann', 'Schulz', 'Wagner', 'Krüger', 'Neumann', 'Richter'],
  },
  {
    given: ['Layla', 'Omar', 'Yasmin', 'Karim', 'Nour', 'Tariq', 'Samira', 'Hassan'],
    family: ['Haddad', 'Mansour', 'Khalil', 'Nasser', 'Saleh', 'Farouk', 'Aziz'],
  },
  {
    given: ['Kwame', 'Abena', 'Kofi', 'Esi', 'Yaw', 'Akosua', 'Kojo'],
    family: ['Mensah', 'Owusu', 'Asante', 'Boateng', 'Appiah', 'Darko'],
  },
  {
    given: ['Minh', 'Linh', 'Quang', 'Thao', 'Tuan', 'Hoa'],
    family: ['Nguyen', 'Tran', 'Pham', 'Le', 'Vo', 'Dang'],
  },
  {
    given: ['Sofia', 'Marco', 'Giulia', 'Luca', 'Chiara', 'Matteo', 'Francesca'],
    family: ['Rossi', 'Bianchi', 'Ferraro', 'Colombo', 'Ricci', 'Marino', 'Greco'],
  },
  {
    given: ['Aleksander', 'Zofia', 'Piotr', 'Agnieszka', 'Tomasz', 'Marta'],
    family: ['Nowak', 'Wójcik', 'Mazur', 'Krawczyk', 'Dudek', 'Kowalczyk'],
  },
  {
    given: ['Ji-woo', 'Min-jun', 'Seo-yeon', 'Ha-eun', 'Do-yun', 'Soo-ah'],
    family: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon'],
  },
  {
    given: ['Ana', 'João', 'Beatriz', 'Rafael', 'Larissa', 'Thiago'],
    family: ['Silva', 'Oliveira', 'Souza', 'Almeida', 'Carvalho', 'Ribeiro'],
  },
  {
    given: ['Tamar', 'Noa', 'Eitan', 'Maya', 'Avi', 'Shira'],
    family: ['Levi', 'Cohen', 'Mizrahi', 'Peretz', 'Biton', 'Friedman'],
  },
  {
    given: ['Siobhán', 'Cian', 'Aoife', 'Ciarán', 'Niamh', 'Darragh'],
    family: ['Murphy', "O'Brien", 'Kelly', 'Byrne', 'Doyle', 'Gallagher'],
  },
];

export interface GeneratedName {
  givenName: string;
  familyName: string;
}

export function randomName(random: SeededRandom): GeneratedName {
  const pool = random.pick(namePools);
  return { givenName: random.pick(pool.given), familyName: random.pick(pool.family) };
}

/** Lower-case ASCII for email local parts: "Krüger" → "kruger", "O'Brien" → "obrien". */
export function emailSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Hands out unique email addresses in one domain: the first Wei Chen is wei.chen@, the next wei.chen2@.
 */
export class EmailAllocator {
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();

  constructor(private readonly domain: string) {}

  /** Marks a hand-picked address (a demo login) as taken so no generated person receives it. */
  reserve(email: string): void {
    this.used.add(email.split('@')[0]!);
  }

  next(name: GeneratedName): string {
    const base = `${emailSlug(name.givenName)}.${emailSlug(name.familyName)}`;
    let count = this.counters.get(base) ?? 0;
    let local: string;
    do {
      count++;
      local = count === 1 ? base : `${base}${count}`;
    } while (this.used.has(local));
    this.counters.set(base, count);
    this.used.add(local);
    return `${local}@${this.domain}`;
  }
}
