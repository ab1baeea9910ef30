import type { QuestionTheme } from '../../../contracts/conversations';

/**
 * The question bank every organisation starts with (written for Trellis). Open questions that help
 * a person put words to what they want; HR rewords, reorders, adds and retires them per organisation.
 */
export const defaultQuestions: { theme: QuestionTheme; prompt: string; guidance: string }[] = [
  {
    theme: 'best_work',
    prompt:
      'Think of a stretch of work that felt absorbing and went well. What were you doing, where were you, and who else was involved?',
    guidance:
      'Listen for the conditions: quiet or lively, alone or in a pair, a clear brief or an open problem, time of day.',
  },
  {
    theme: 'best_work',
    prompt:
      'If you could rewrite your job description tomorrow, which parts would you keep exactly as they are?',
    guidance: 'What someone would protect says a lot about where their strengths and interests meet.',
  },
  {
    theme: 'moments',
    prompt: 'Tell me about a moment at work you are proud of. Who was there, and what part did they play?',
    guidance: 'The people in the story often matter as much as the task: a mentor, a team, a customer.',
  },
  {
    theme: 'moments',
    prompt: 'When did you last lose track of time at work? What made it so engaging?',
    guidance: 'Ask for a specific day rather than a general feeling.',
  },
  {
    theme: 'future',
    prompt:
      'Picture yourself two or three years from now, and things have gone well. What are you working on, and what has changed for you?',
    guidance: 'Let the picture be concrete before talking about titles or levels.',
  },
  {
    theme: 'future',
    prompt: 'Looking further ahead, what would you like people to say about the work you did here?',
    guidance: 'A long horizon can be vague; that is fine. Note themes rather than plans.',
  },
  {
    theme: 'motivators',
    prompt: 'What gives you energy at work, and what quietly drains it?',
    guidance: 'Both lists are useful. Drains are often easier to change than people expect.',
  },
  {
    theme: 'values',
    prompt: 'What matters so much to you that you would turn down an opportunity that ignored it?',
    guidance: 'Values show up as limits as well as wishes: flexibility, craft, fairness, impact.',
  },
  {
    theme: 'skills',
    prompt: 'Which skill, if you had it a year from now, would open the most doors for you?',
    guidance: 'Good candidates for a development plan: agree one or two, not ten.',
  },
  {
    theme: 'mobility',
    prompt: 'How open are you to a change of team, role, location or working pattern, now or later?',
    guidance: 'There is no right answer. "Not now" is as useful to know as "yes".',
  },
];
