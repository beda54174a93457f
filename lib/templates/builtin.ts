import type { z } from 'zod';
import { Template } from '../model';
import { spanishTemplates } from './builtin-es';

/**
 * The agenda models the product ships with, written in our own words, each crediting the model
 * it follows, in English here and in Spanish in builtin-es.ts: every one exists in both
 * languages whatever the interface language, since a 1:1 is held in its model's language.
 */
const englishTemplates: z.input<typeof Template>[] = [
  {
    id: 'purpose-connection',
    name: 'Purpose, Connection, Story, Strategy, Ask',
    source: "Five parts, as adapted by Women's March from Organizing for America",
    builtIn: true,
    worksheet: [],
    steps: [
      {
        id: 'purpose',
        title: 'Purpose',
        goal: 'Say plainly why you wanted to meet and how long it will take.',
        prompts: ['I am talking with people who care about this place, to find out what matters to them.'],
      },
      {
        id: 'connection',
        title: 'Connection',
        goal: 'Find out what ties them to the cause, in their own words.',
        prompts: ['What brought you to this issue?', 'When did it first touch your life?'],
      },
      {
        id: 'story',
        title: 'Story',
        goal: 'Share a short piece of your own story that links to the values you both hold.',
        prompts: ['Here is why I got involved, and what keeps me going.'],
      },
      {
        id: 'strategy',
        title: 'Strategy',
        goal: 'Explain how the group plans to win, here and nationally, and where people fit in.',
        prompts: ['Here is what we are working on this season and why we think it can work.'],
      },
      {
        id: 'ask',
        title: 'Ask',
        goal: 'Make one clear ask with a date, a time and a goal.',
        prompts: ['Would you join us at the canvass on Saturday at 10?'],
      },
    ],
  },
  {
    id: 'story-learn',
    name: 'Story, Learn, Explain, Explore, Ask',
    source: 'After the 1:1 model of Mothers Out Front',
    builtIn: true,
    worksheet: [],
    steps: [
      {
        id: 'story',
        title: 'Share your story',
        goal: 'Open with why you care, briefly, so they can answer in kind.',
        prompts: ['What moved me to act was…'],
      },
      {
        id: 'learn',
        title: 'Learn about them',
        goal: 'Learn their background, what drives them, their skills and where they have led before.',
        prompts: ['What do you care about most for your family or neighbours?', 'What have you organized or led before?'],
      },
      {
        id: 'explain',
        title: 'Explain the team',
        goal: 'Describe what the team is doing and what it needs right now.',
        prompts: ['Right now the team is working on…, and we need people who can…'],
      },
      {
        id: 'explore',
        title: 'Explore the fit',
        goal: 'Look together for where their values and resources meet the team’s needs.',
        prompts: ['Which part of this sounds like you?', 'What would you enjoy doing?'],
      },
      {
        id: 'ask',
        title: 'Ask and agree when to talk again',
        goal: 'Make an ask sized to this person, and set the next conversation.',
        prompts: ['Could you help with…? When shall we talk next?'],
      },
    ],
  },
  {
    id: 'three-parts',
    name: 'Three parts',
    source: 'After the Resident Action Project worksheet, from the PICO tradition',
    builtIn: true,
    worksheet: ['Introduction and purpose', 'Building a relationship', 'Resources and skills', 'Plan and commit'],
    steps: [
      {
        id: 'introduce',
        title: 'Introduction and purpose',
        goal: 'Introduce yourself, say who suggested you talk, and why you are here.',
        prompts: ['Maria suggested I talk with you; she said you know this building well.'],
      },
      {
        id: 'explore',
        title: 'Values, purpose and resources',
        goal: 'Find out who this person is, what they want changed, and what role they can picture for themselves.',
        prompts: ['If one thing could change here, what would it be?', 'What are you good at that others count on you for?'],
      },
      {
        id: 'commit',
        title: 'Invite a commitment',
        goal: 'Invite them to a concrete next step, and agree when you will check in.',
        prompts: ['Will you come to the residents’ meeting on the 12th?'],
      },
    ],
  },
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
        green: 'they settle in and ask about you or the group',
        yellow: 'they seem rushed or unsure why you are here',
      },
      {
        id: 'issues',
        title: 'Issues and stake',
        goal: 'Find the issue they care about and what it costs them.',
        prompts: ['What would you change about this neighbourhood if you could?', 'How does it affect you day to day?'],
        green: 'they name a concern in their own words',
        yellow: 'answers stay general or polite',
      },
      {
        id: 'agitation',
        title: 'Agitation',
        goal: 'Help them feel why acting now matters.',
        prompts: ['How long has this been going on?', 'Who decides whether it changes?'],
        green: 'they show feeling about the problem',
        yellow: 'they shrug it off; go back to their stake',
      },
      {
        id: 'educate',
        title: 'Educate, vision and plan to win',
        goal: 'Share how the team plans to win and where they fit.',
        prompts: ['Here is what we are doing about it, and what has worked so far.'],
        green: 'they ask how it works or who else is involved',
        yellow: 'they doubt it can work; explore why',
      },
      {
        id: 'ask',
        title: 'The ask',
        goal: 'Make one specific ask with a date and a goal.',
        prompts: ['Will you come to the team meeting on Thursday at 7?'],
        green: 'a clear yes',
        yellow: 'a maybe goes back to steps 2 to 4; a firm no means the wrong ask or time, so end well',
      },
      {
        id: 'next-steps',
        title: 'Next steps',
        goal: 'Sum up what each of you agreed to, by when, and how you will follow up.',
        prompts: ['So you will…, and I will call you on… to check in.'],
      },
    ],
  },
  {
    id: 'relationship-first',
    name: 'Relationship first',
    source: 'A general checklist for relational meetings: belonging before belief',
    builtIn: true,
    worksheet: [],
    steps: [
      { id: 'know', title: 'Get to know them', goal: 'Learn about their life, work and family.', prompts: ['How long have you lived around here?'] },
      { id: 'trust', title: 'Build trust', goal: 'Listen more than you speak, and share something real about yourself.', prompts: ['What do you wish people knew about this place?'] },
      { id: 'cares', title: 'What they care about', goal: 'Find the concern that moves them.', prompts: ['What keeps you up at night?'] },
      {
        id: 'clarity',
        title: 'Get clear on the problem',
        goal: 'Ask who causes the problem and who has the power to fix it.',
        prompts: ['Who makes that decision?', 'Who could change it if they wanted to?'],
      },
      { id: 'belong', title: 'Ways to belong and act', goal: 'Offer ways to be part of the group and to act together.', prompts: ['We meet on Tuesdays; people bring food and ideas.'] },
      { id: 'commit', title: 'Get a commitment', goal: 'Agree on one thing they will do, and when.', prompts: ['Can I count on you for…?'] },
      { id: 'practical', title: 'Practical details', goal: 'Note the best way to reach them, times that suit, and any access needs.', prompts: ['What is the best way to reach you?'] },
      { id: 'thanks', title: 'Thank them', goal: 'Thank them for their time and say when you will be in touch.', prompts: ['Thank you; I will text you on Friday.'] },
    ],
  },
];

/** English first, then Spanish (ids ending in -es). Parsed at load so a mistake fails loudly in tests. */
export const builtInTemplates: Template[] = [...englishTemplates, ...spanishTemplates].map((template) => Template.parse(template));
