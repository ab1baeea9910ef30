/**
 * The demo competency library and tracks, written for Trellis. Behaviours run from level 1
 * (Learning) to level 4 (Shaping) on the default scale.
 */
export const demoCompetencies = [
  {
    key: 'craft',
    name: 'Technical craft',
    category: 'Craft',
    description: 'The quality, care and judgement in the work itself.',
    behaviours: [
      'Produces working results with guidance and learns the team’s conventions quickly.',
      'Produces reliable, well-tested work without help and leaves things tidier than found.',
      'Sets the quality bar for the team and improves shared tools so others do better work.',
      'Moves the standards of the whole organisation and is sought out for the hardest calls.',
    ],
  },
  {
    key: 'problems',
    name: 'Problem solving',
    category: 'Craft',
    description: 'Framing unclear problems and finding simple answers to them.',
    behaviours: [
      'Solves well-defined problems and asks good questions when stuck.',
      'Breaks down ambiguous problems, weighs options and explains the choice made.',
      'Finds the real problem behind a request and simplifies solutions across teams.',
      'Reframes problems for the organisation and spots opportunities others miss.',
    ],
  },
  {
    key: 'delivery',
    name: 'Delivery and ownership',
    category: 'Delivery',
    description: 'Taking things from idea to done, and owning the outcome.',
    behaviours: [
      'Finishes agreed tasks and flags risks as soon as they appear.',
      'Owns features end to end, plans the steps and keeps commitments.',
      'Leads multi-person efforts, adjusts scope sensibly and lands them on time.',
      'Owns outcomes across several teams and removes the blockers nobody else can.',
    ],
  },
  {
    key: 'communication',
    name: 'Communication',
    category: 'Collaboration',
    description: 'Sharing information clearly, in writing and in person.',
    behaviours: [
      'Shares progress openly and writes clear updates for the team.',
      'Adapts the message to the audience and writes documents others rely on.',
      'Brings groups to a shared understanding, including in disagreement.',
      'Shapes how the organisation communicates and is trusted to carry hard messages.',
    ],
  },
  {
    key: 'collaboration',
    name: 'Collaboration',
    category: 'Collaboration',
    description: 'Working well with others inside and across teams.',
    behaviours: [
      'Offers help, accepts feedback gracefully and is pleasant to work with.',
      'Builds good working relationships with neighbouring teams.',
      'Connects people and teams around shared goals and resolves friction early.',
      'Builds partnerships across the organisation that outlast individual projects.',
    ],
  },
  {
    key: 'growing',
    name: 'Growing others',
    category: 'People',
    description: 'Helping colleagues learn, through mentoring, coaching and example.',
    behaviours: [
      'Shares what they learn and helps newcomers find their way.',
      'Mentors one or two colleagues and gives specific, kind feedback.',
      'Grows the skills of a whole team through coaching, pairing and reviews.',
      'Builds programmes and habits that develop people across the organisation.',
    ],
  },
  {
    key: 'customer',
    name: 'Customer focus',
    category: 'Impact',
    description: 'Understanding the people the work is for and acting on it.',
    behaviours: [
      'Knows who uses the work and asks how it will help them.',
      'Uses customer insight to shape decisions within own area.',
      'Champions customer needs in team priorities and measures the effect.',
      'Makes customer value the compass for organisation-wide choices.',
    ],
  },
  {
    key: 'strategy',
    name: 'Strategic thinking',
    category: 'Impact',
    description: 'Seeing the bigger picture and planning for what comes next.',
    behaviours: [
      'Understands how own work connects to the team’s goals.',
      'Considers longer-term effects and trade-offs in own decisions.',
      'Shapes the team’s direction and aligns it with company priorities.',
      'Sets multi-year direction and makes the bets that shape the company.',
    ],
  },
] as const;
export type DemoCompetencyKey = (typeof demoCompetencies)[number]['key'];

type Expectations = Record<DemoCompetencyKey, number>;

/** Levels of the two demo tracks, tied to the directory's level codes so positions derive. */
export const demoTracks: {
  name: string;
  description: string;
  levels: { code: string; name: string; summary: string; expect: Expectations }[];
}[] = [
  {
    name: 'Individual contributor',
    description:
      'For people who grow by deepening their craft and widening their impact without managing a team.',
    levels: [
      {
        code: 'IC1',
        name: 'Associate',
        summary: 'Learns the craft and delivers well-scoped tasks with support.',
        expect: {
          craft: 1,
          problems: 1,
          delivery: 1,
          communication: 1,
          collaboration: 1,
          growing: 1,
          customer: 1,
          strategy: 1,
        },
      },
      {
        code: 'IC2',
        name: 'Professional',
        summary: 'Works independently on features and is a reliable part of the team.',
        expect: {
          craft: 2,
          problems: 2,
          delivery: 2,
          communication: 2,
          collaboration: 2,
          growing: 1,
          customer: 1,
          strategy: 1,
        },
      },
      {
        code: 'IC3',
        name: 'Senior',
        summary: 'Leads larger pieces of work and lifts the people around them.',
        expect: {
          craft: 3,
          problems: 3,
          delivery: 3,
          communication: 2,
          collaboration: 3,
          growing: 2,
          customer: 2,
          strategy: 2,
        },
      },
      {
        code: 'IC4',
        name: 'Staff',
        summary: 'Shapes technical direction across teams and multiplies others.',
        expect: {
          craft: 4,
          problems: 3,
          delivery: 3,
          communication: 3,
          collaboration: 3,
          growing: 3,
          customer: 3,
          strategy: 3,
        },
      },
      {
        code: 'IC5',
        name: 'Principal',
        summary: 'Sets direction for the organisation in their field.',
        expect: {
          craft: 4,
          problems: 4,
          delivery: 4,
          communication: 4,
          collaboration: 4,
          growing: 3,
          customer: 3,
          strategy: 4,
        },
      },
    ],
  },
  {
    name: 'Management',
    description: 'For people who grow by building teams and helping others do their best work.',
    levels: [
      {
        code: 'M1',
        name: 'Manager',
        summary: 'Leads one team: its people, its delivery and its health.',
        expect: {
          craft: 2,
          problems: 2,
          delivery: 3,
          communication: 3,
          collaboration: 3,
          growing: 3,
          customer: 2,
          strategy: 2,
        },
      },
      {
        code: 'M2',
        name: 'Senior manager',
        summary: 'Leads several teams or managers and shapes how they work together.',
        expect: {
          craft: 2,
          problems: 3,
          delivery: 3,
          communication: 3,
          collaboration: 3,
          growing: 3,
          customer: 3,
          strategy: 3,
        },
      },
      {
        code: 'M3',
        name: 'Director',
        summary: 'Leads a function and its strategy, and grows its leaders.',
        expect: {
          craft: 2,
          problems: 3,
          delivery: 4,
          communication: 4,
          collaboration: 4,
          growing: 4,
          customer: 3,
          strategy: 4,
        },
      },
    ],
  },
];
