import type { ExportContext, PersonalDataExporter } from '../../../platform/export/types';
import { presentOffer } from './present';
import { listOwnOffers } from './queries';

/** Development opportunities offered to the person: theirs (the talent label only as they see it). */
export const offersExporter: PersonalDataExporter = {
  kind: 'development offers',
  async collect({ db, subject }: ExportContext) {
    if (!subject.personId) return { visible: [] };
    const { rows, labels } = await listOwnOffers(db, {
      organizationId: subject.organizationId,
      personId: subject.personId,
      page: 1,
      pageSize: 10_000,
    });
    const records = rows.map((r) => {
      const { version: _v, ...offer } = presentOffer(
        r.offer,
        { given: r.offeredByGiven, family: r.offeredByFamily },
        (r.offer.sourceSessionId && labels.get(r.offer.sourceSessionId)) || null,
      );
      return offer;
    });
    return {
      visible: [
        { name: 'development-offers.json', title: 'Development offers', dataClass: 'development', records },
      ],
    };
  },
};
