import { Template } from '../model';

/**
 * The agenda models the product ships with, written in our own words, each crediting the model
 * it follows. Parsed at load so a mistake here fails loudly in tests.
 */
export const builtInTemplates: Template[] = [
  {
    id: 'six-steps',
    name: 'Six steps',
    source: 'After the six-step 1:1 of Training for Change',
    builtIn: true,
    worksheet: [],
    steps: [
      {
        id: 'introduction',
        title: 'Introduction',
        goal: 'Say who you are and why you asked for this time.',
        prompts: ['Thanks for making the time. I wanted to hear what matters to you.'],
        green: 'They settle in and ask about you or the group.',
        yellow: 'They seem rushed or unsure why you are here.',
      },
      {
        id: 'issues',
        title: 'Issues and stake',
        goal: 'Find the issue they care about and what it costs them.',
        prompts: ['What would you change about this neighbourhood if you could?'],
        green: 'They name a concern in their own words.',
        yellow: 'Answers stay general or polite.',
      },
      {
        id: 'agitation',
        title: 'Agitation',
        goal: 'Help them feel why acting now matters.',
        prompts: ['How long has this been going on? Who decides whether it changes?'],
        green: 'They show feeling about the problem.',
        yellow: 'They shrug it off; go back to their story.',
      },
      {
        id: 'educate',
        title: 'Educate, vision and plan to win',
        goal: 'Share how the team plans to win and where they fit.',
        prompts: ['Here is what we are doing about it, and what has worked so far.'],
        green: 'They ask how it works or who else is involved.',
        yellow: 'They doubt it can work; explore why.',
      },
      {
        id: 'ask',
        title: 'The ask',
        goal: 'Make one specific ask with a date and a goal.',
        prompts: ['Will you come to the team meeting on Thursday at 7?'],
        green: 'A clear yes.',
        yellow: 'Maybe or no: go back to their stake, or end well.',
      },
      {
        id: 'next-steps',
        title: 'Next steps',
        goal: 'Sum up what each of you agreed to, by when, and how you will follow up.',
        prompts: ['So you will…, and I will call you on… to check in.'],
      },
    ],
  },
].map((template) => Template.parse(template));
