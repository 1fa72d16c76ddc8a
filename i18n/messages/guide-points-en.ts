/** The English version of guide-points.ts; a missing or extra key fails to compile. */
import type { guidePointsDa } from './guide-points.js';

export const guidePointsEn: Record<keyof typeof guidePointsDa, string> = {
  'guide.point.callCare.title': 'Show you care',
  'guide.point.callCare.what':
    'Ask how the employee is, and say they are missed. Listen more than you talk.',
  'guide.point.callCare.why':
    'The contact should feel like care, not control. That is the main reason to call.',
  'guide.point.callCare.say': '"Thanks for picking up. How are you?"',
  'guide.point.handover.title': 'Take the practical things',
  'guide.point.handover.what':
    'Find out whether there are meetings to cancel or tasks to hand over – and take them yourself.',
  'guide.point.handover.why':
    'Sick is sick. When you take the tasks, the employee can focus on getting well.',
  'guide.point.handover.say': '"Is there anything in your calendar I should take care of?"',
  'guide.point.canWeHelp.title': 'Ask whether you can help',
  'guide.point.canWeHelp.what':
    'Ask whether there is anything you or the workplace can do, and whether anything at work affects the situation.',
  'guide.point.canWeHelp.why':
    'Sometimes work plays a part. You can do something about that – but only if you talk about it.',
  'guide.point.canWeHelp.say':
    '"Is there anything I can do? Is anything at work affecting how you feel?"',
  'guide.point.earlyOffers.title': 'Mention help early',
  'guide.point.earlyOffers.what':
    "Briefly mention the municipality's offers, e.g. Tidlig Indsats or talks with a psychologist. It is an offer, not a demand.",
  'guide.point.earlyOffers.why':
    'Help that comes early works best. Help that only arrives after the return is wasted.',
  'guide.point.earlyOffers.say':
    '"We have some offers that can help, like Tidlig Indsats. Would you like to hear about them?"',
  'guide.point.warmClose.title': 'End warmly',
  'guide.point.warmClose.what': 'Wish them well, and repeat when and how you will talk next.',
  'guide.point.warmClose.why': 'A warm close without a deadline makes it easier to come back.',
  'guide.point.warmClose.say':
    '"Get well soon – we look forward to seeing you when you are ready."',
  'guide.point.careAndClarity.title': 'Set a safe frame',
  'guide.point.careAndClarity.what':
    'Say what the conversation is for, and what it is not about: the illness. Show care, but do not dodge the difficult questions.',
  'guide.point.careAndClarity.why':
    'A clear purpose makes the conversation safe. Care and clarity belong together – a drawn-out clarification is not kind.',
  'guide.point.careAndClarity.say':
    '"Today is about finding out how we can best help you back – at your pace. It is not about your illness."',
  'guide.point.frequentOpening.title': 'Open with the rule and with curiosity',
  'guide.point.frequentOpening.what':
    'Say why you are meeting: your shared guideline, which applies to everyone. Show the absence as it is, and ask with curiosity – without suspicion.',
  'guide.point.frequentOpening.why':
    'The same rule for everyone removes suspicion and taboo. Absence is a shared concern; the cause is private.',
  'guide.point.frequentOpening.say':
    '"Our guideline says we have a talk when someone has had several absence periods in a short time. I am curious about how you are, and whether there is anything at work we could do differently."',
  'guide.point.welcomeBack.title': 'Welcome them back',
  'guide.point.welcomeBack.what':
    'Say you are glad the employee is back, and ask how it feels to start.',
  'guide.point.welcomeBack.why':
    'The first day sets the tone. A good welcome makes the start easier.',
  'guide.point.welcomeBack.say':
    '"It is so good to see you. How do you feel about starting again?"',
  'guide.point.partialStatus.title': 'Hear how it is going',
  'guide.point.partialStatus.what':
    'Ask how it is going with the hours and tasks, and what works well.',
  'guide.point.partialStatus.why':
    'Start with what works. Then it is easier to talk about what needs adjusting.',
  'guide.point.partialStatus.say': '"How is it going with the hours and tasks? What works well?"',
  'guide.point.pace.title': 'Check the pace',
  'guide.point.pace.what':
    'Talk about whether the step-up is going at a good pace. Let the employee judge when there is room for more.',
  'guide.point.pace.why': 'Stepping up too fast can cost a relapse. Slow and lasting beats fast.',
  'guide.point.pace.say':
    '"Is the pace right? Is it time to step up, or should we stay here a bit longer?"',
  'guide.point.functioning.title': 'What can the employee do right now?',
  'guide.point.functioning.what':
    'Ask what the employee can do right now, and what is hard at work. Talk about the work – never about what is wrong.',
  'guide.point.functioning.why':
    'You may talk about ability to work and tasks, not about the diagnosis. That is also what you can plan from.',
  'guide.point.functioning.say':
    '"What does this mean for your work right now – what can you do, and what is hard?"',
  'guide.point.duration.title': 'Expected duration',
  'guide.point.duration.what':
    'Ask whether the employee has a sense of how long it may last. It is only for planning.',
  'guide.point.duration.why':
    'You may ask about duration. If it looks like more than 8 weeks, more options open up, such as a retention plan (fastholdelsesplan).',
  'guide.point.duration.say':
    '"Do you have a sense of how long it may take? It is only so we can plan – not to pressure you."',
  'guide.point.returnPlan.title': 'Make a start-up plan',
  'guide.point.returnPlan.what':
    'Agree the hours at the start and a calm step-up. Begin with tasks that give a good experience, ideally with a colleague.',
  'guide.point.returnPlan.why':
    'A plan gives both of you security. Early small successes make the return last.',
  'guide.point.returnPlan.say':
    '"How would you like to start – how many hours, and with which tasks?"',
  'guide.point.conditions.title': 'Good conditions',
  'guide.point.conditions.what':
    'Talk about practical conditions: a quiet place, breaks, working from home, and which times of day suit best.',
  'guide.point.conditions.why':
    'Small changes to the conditions can make a big difference in the first weeks.',
  'guide.point.conditions.say':
    '"Is there anything about the conditions we should change to make it easier for you?"',
  'guide.point.colleagues.title': 'What should colleagues know?',
  'guide.point.colleagues.what':
    'Ask what colleagues should know, and whether the employee wants to tell them. Never share health details without consent.',
  'guide.point.colleagues.why':
    'It is the employee’s choice. That gives security and prevents talk in the corridors.',
  'guide.point.colleagues.say':
    '"What should your colleagues know – and would you like to tell them, or should I?"',
  'guide.point.adjustments.title': 'What can we adjust?',
  'guide.point.adjustments.what':
    'Talk about what the workplace can change: tasks, hours, partial return, aids, another role, or active sick leave through the jobcentre.',
  'guide.point.adjustments.why':
    'Many can do something when the conditions fit, and a partial return keeps the link to work. You agree it together, and the workplace must be able to carry it.',
  'guide.point.adjustments.say': '"What would it take for you to be here some of the time?"',
  'guide.point.workFactors.title': 'Does work play a part?',
  'guide.point.workFactors.what':
    'Ask whether anything at work affects how the employee feels – e.g. workload, cooperation or changes.',
  'guide.point.workFactors.why':
    'What lies in the work, you can do something about. It also helps prevent it happening again.',
  'guide.point.workFactors.say':
    '"Is there anything in your work or here with us that affects how you feel?"',
  'guide.point.whatHelps.title': 'What could help?',
  'guide.point.whatHelps.what':
    'Work out together what the employee can do, and what you and the workplace can do. Think of the colleagues and the core task too.',
  'guide.point.whatHelps.why':
    'Absence is a shared concern. When both contribute, the solution holds.',
  'guide.point.whatHelps.say':
    '"What would make it easier for you to be here – and what can I do?"',
  'guide.point.offers.title': 'Which offers fit?',
  'guide.point.offers.what':
    "Go through the offers that may fit: Tidlig Indsats, a psychologist, the jobcentre's retention consultant, and a § 56 agreement for chronic or long-term illness. If the employee is not expected back within 8 weeks, they have the right to ask for a retention plan (fastholdelsesplan) – tell them.",
  'guide.point.offers.why':
    'The employee decides, but should know the options. Early help can shorten the absence.',
  'guide.point.offers.say':
    '"There are some options that could make it easier. Shall we look at them together?"',
  'guide.point.contactPlan.title': 'Agree how to keep in touch',
  'guide.point.contactPlan.what':
    'Agree who keeps in touch, how often, and whether by call or text. Let the employee decide as much as possible.',
  'guide.point.contactPlan.why':
    'Agreed contact feels like care. Contact that was not agreed can feel like pressure.',
  'guide.point.contactPlan.say':
    '"May I call you on Thursday? What suits you best – a call or a text?"',
  'guide.point.expectations.title': 'Say the expectations out loud',
  'guide.point.expectations.what':
    'Say clearly what the workplace expects, set sub-goals, and say so if you disagree. If you can see the job cannot continue as it is, talk to HR – consequences belong in a separate meeting, not in this conversation.',
  'guide.point.expectations.why':
    'Pure sympathy without clarification helps no one. The sooner things are clear, the better the chance of a good solution – including another job in the municipality.',
  'guide.point.expectations.say': '"What I need from you is … What do you need from me?"',
  'guide.point.agreeActions.title': 'Agree concrete steps',
  'guide.point.agreeActions.what':
    'Write down what the employee will do and what you will do – and agree when to follow up.',
  'guide.point.agreeActions.why':
    'Concrete agreements make it more than a chat, and following up shows you mean it.',
  'guide.point.agreeActions.say': '"Let us write down who does what, and when we talk again."',
  'guide.never.title': 'Avoid',
  'guide.never.whatIsWrong.dont': 'Do not ask: "What is wrong with you?"',
  'guide.never.whatIsWrong.instead':
    'Ask instead: "What does this mean for your work right now – what can you do, and what is hard?"',
  'guide.never.isItStress.dont': 'Do not ask: "Is it psychological?" or "Is it stress?"',
  'guide.never.isItStress.instead': 'Ask instead: "Is anything at work affecting how you feel?"',
  'guide.never.treatment.dont': 'Do not ask what treatment the employee is getting.',
  'guide.never.treatment.instead':
    'Ask instead: "Are there planned periods when you will be away?" – that is fine.',
  'guide.never.sickAgain.dont': 'Do not ask: "Are you going to be sick again?"',
  'guide.never.sickAgain.instead': 'Ask instead: "What would help you through the busy weeks?"',
  'guide.never.justFinish.dont': 'Do not ask: "Could you just finish X?"',
  'guide.never.justFinish.instead':
    'Hand the task over yourself, and only ask: "Is there anything I need to know to hand X over?"',
  'guide.never.whenBack.dont': 'Do not only ask: "When are you back?"',
  'guide.never.whenBack.instead':
    'Ask instead: "Do you have a sense of how long it may take? It is only for planning."',
};
