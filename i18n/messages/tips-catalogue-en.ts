/** The well-being tips in English; every Danish key (tips-catalogue.ts) has its English here. */
import type { tipCatalogueDa } from './tips-catalogue.js';

export const tipCatalogueEn: Record<keyof typeof tipCatalogueDa, string> = {
  'tips.text.T001':
    'Agree why you work on absence and which values apply before you choose tools. The story comes before the toolbox.',
  'tips.text.T002':
    'Make sure your own manager visibly backs the effort and takes part in it. Otherwise it becomes yours alone.',
  'tips.text.T003':
    'Involve your staff from the start, along the way and when you evaluate, so everyone can see themselves in the effort.',
  'tips.text.T004':
    'Use several tools at once – conversations, figures, well-being and offers – and fit them to your workplace. Absence has many causes.',
  'tips.text.T005':
    'Steer by motivation rather than control: ask what it takes to come to work, not why someone stayed away.',
  'tips.text.T006':
    'Tell everyone honestly and clearly what the absence effort is for and how you go about it – including those who do not ask.',
  'tips.text.T007':
    'Think hard before tying money to absence. Economic carrots and sticks can cost more trust than they bring.',
  'tips.text.T008':
    'Set time aside to learn absence work – together with MED too. A leader at ease with the conversations holds them earlier.',
  'tips.text.T009':
    'Relax: absence is about people and relationships, not advanced models. Start by talking to people.',
  'tips.text.T010':
    'Do what you say. If you promise to call on day 3, call on day 3. Credibility is built from small things.',
  'tips.text.T011':
    'See your measures as one whole: conversations, statistics and well-being should point the same way, not work against each other.',
  'tips.text.T013':
    'Be systematic, not rigid. A good reason to do things differently in a given case weighs more than the rule.',
  'tips.text.T014':
    'Never talk about absence with distrust or as skiving. Assume the sick employee would rather be at work.',
  'tips.text.T015':
    'Ask your staff how they experience the absence effort. What they feel matters more than what the policy says.',
  'tips.text.T016':
    'Make absence something people may talk about: openly, honestly and clearly – from the employee’s side and the workplace’s.',
  'tips.text.T017':
    'Talk as a team about good behaviour around illness: how do you call in sick, and what can colleagues expect of each other?',
  'tips.text.T018':
    'Raise it when an employee is often sick or the atmosphere is poor. Waiting makes it harder for everyone.',
  'tips.text.T019':
    'Treat absence as the workplace’s shared concern, not one person’s private problem. It affects colleagues and citizens.',
  'tips.text.T020':
    'Watch absence as closely as you watch your budget. High absence hurts the service citizens get.',
  'tips.text.T021':
    'If the effort is also meant to save money, say so out loud. Hidden savings targets eat away trust.',
  'tips.text.T022':
    'Wait with cutting substitute money until the effort has worked. Otherwise it feels like control and motivation goes.',
  'tips.text.T023':
    'Be persistent and decent. Results rarely come within a quarter – keep going anyway.',
  'tips.text.T024':
    'Practise sensing how each employee is doing. That attention builds trust and catches problems early.',
  'tips.text.T025':
    'As a manager of leaders: spend your effort on the few units with a problem rather than wagging a finger at all of them.',
  'tips.text.T026':
    'Make absence a fixed focus area for the year, so it does not slip off the agenda when something else is burning.',
  'tips.text.T027':
    'Lay the absence figures openly before politicians and management once a year. Visibility keeps the focus.',
  'tips.text.T028':
    'The more people feel they own the absence effort, the better it works. Share the responsibility widely.',
  'tips.text.T029':
    'Make shop stewards and safety reps ambassadors for the effort. Colleagues often listen to them more than to management.',
  'tips.text.T030':
    'Bring MED in from day one and anchor the effort both in the central committee and locally. It takes time but builds trust.',
  'tips.text.T031':
    'Make sure the central committee’s discussions reach the local MED committees and do not stay at the top.',
  'tips.text.T032':
    'Put absence on MED’s agenda as a fixed item – as often as makes sense for you.',
  'tips.text.T033':
    'Build the cooperation on absence on mutual trust and real influence, also when you disagree.',
  'tips.text.T035':
    'Meet your local MED about absence regularly – at the meetings and one-to-one with the shop steward.',
  'tips.text.T036':
    'As HR, offer a theme meeting at a high-absence workplace where people can talk openly about why it is so.',
  'tips.text.T037':
    'Discuss absence in MED together with well-being. The figures alone do not tell what is at stake.',
  'tips.text.T039':
    'Bring the shop steward into the hard cases, keep them informed and test your ideas – even when you expect pushback.',
  'tips.text.T040':
    'Sit mixed in MED instead of on opposite sides of the table, and leave room for humour. The mood rubs off on the results.',
  'tips.text.T041':
    'As the employee side: prepare together before MED meetings and collect how the measures land at the workplaces.',
  'tips.text.T042':
    'Set up a standing working group on absence under the central committee, so the work does not stall between meetings.',
  'tips.text.T043': 'Look at what other municipalities do. Their experience can save you a detour.',
  'tips.text.T044':
    'Consider giving the absence committee a small budget, so good ideas can be tried without a long approval process.',
  'tips.text.T045':
    'Write shared guidelines that each workplace fills in and builds on. Then everyone knows their own representatives had a say.',
  'tips.text.T046':
    'Bring leaders, shop stewards and safety reps together for theme days on absence, for example on shared responsibility.',
  'tips.text.T065':
    'Use the sickness conversation to find ways back to the job – often the employee can do something if the tasks are adjusted.',
  'tips.text.T066':
    'Give the conversation two aims: show care, and clarify early what it takes to come back.',
  'tips.text.T067':
    'Hold the conversations in fixed frames that apply to everyone. It makes both sides feel safe and the talks easier to have.',
  'tips.text.T068': 'Say clearly why you hold early conversations: to help, not to check up.',
  'tips.text.T069':
    'Show care, but do not skip the hard questions – such as what it will take and when you talk next.',
  'tips.text.T070':
    'Build room for common sense into the rules, so someone with a broken leg is not called to a pointless meeting.',
  'tips.text.T071':
    'Train leaders in holding sickness conversations, preferably with practice in the difficult moments.',
  'tips.text.T072':
    'Make sure you have someone to talk the conversations through with – a fellow leader, your manager or HR.',
  'tips.text.T073':
    'Write short, useful minutes of what you agreed, signed by you both. It prevents misunderstandings.',
  'tips.text.T074':
    'Advise the employee to bring a companion – a shop steward, safety rep, friend or relative.',
  'tips.text.T075':
    'Explain to the employee that the conversation is about how the workplace can help. It takes away much of the nerves.',
  'tips.text.T076': 'Help the employee put into words the wishes that could make returning easier.',
  'tips.text.T077':
    'As a companion, watch how the employee is coping during the talk, and ask for a break if it gets too much.',
  'tips.text.T078': 'Go through the minutes with the employee before they are signed.',
  'tips.text.T079':
    'Assume the employee wants to do their job, and speak to their wish to come back.',
  'tips.text.T080':
    'Call regularly and say the employee is missed – without pressing on when they will be back.',
  'tips.text.T081':
    'Let the employee judge when the time is right. Be careful about going back to full time too early.',
  'tips.text.T082':
    'Be clear in the conversation: set sub-goals, and say so out loud if you disagree.',
  'tips.text.T083':
    'Say plainly what the workplace expects. A conversation that is only sympathy helps nobody forward.',
  'tips.text.T084':
    'If the employee cannot stay in the job, say so early and honestly. The sooner, the better the chance of another job in the municipality.',
  'tips.text.T085':
    'Let a fellow leader take the minutes, so you can concentrate on the conversation.',
  'tips.text.T086':
    'New as a leader: talk the conversations through regularly with your own manager until you feel ready.',
  'tips.text.T087':
    'Let the employee choose to keep contact through a colleague instead of you, and do not call in someone in the middle of treatment.',
  'tips.text.T088':
    'Use common sense: an automatic summons that makes no sense in the case at hand does more harm than good.',
  'tips.text.T089':
    'Loose conversation rules suit low-absence, high-trust units. Tighten them where absence is high.',
  'tips.text.T090':
    'Let the contact come from care. Do not ask about the cause of the illness, and do not put on pressure.',
  'tips.text.T091':
    'Also talk about how the team works together. Conversations with individuals alone do not solve high absence.',
  'tips.text.T092':
    'Decide what role health offers should play in the whole effort before you buy more of them.',
  'tips.text.T093':
    'Consider aiming offers at those with special needs rather than giving everyone the same.',
  'tips.text.T094':
    'Offer psychologist help to stressed employees, and consider whether someone other than the leader should refer.',
  'tips.text.T095':
    'Work out whether early assessment and treatment of those at risk of long absence can pay for itself.',
  'tips.text.T096':
    'Combine coaching conversations with physical training for sick-listed staff – each strengthens the other.',
  'tips.text.T097':
    'Use partial return and active sick leave so the employee can come back gradually and sooner.',
  'tips.text.T098':
    'Mention early help as soon as the day-3 call. The shop steward can encourage it too.',
  'tips.text.T099':
    'When you refer someone to a psychologist, also ask: what must we change here so it does not happen again?',
  'tips.text.T100':
    'If a partly sick employee is in a programme, accept the absence for it. It is part of the way back.',
  'tips.text.T101':
    'Get help going quickly. Help that arrives when the employee is already back is wasted.',
  'tips.text.T102':
    'Think through the whole toolbox: partial return, assistive aids, other tasks, changed shifts, a job on special terms.',
  'tips.text.T103':
    'Look at assistive aids early, and draw on the jobcentre’s job-retention consultants.',
  'tips.text.T104':
    'In a partial return, raise the hours slowly, and plan it with a job-retention consultant if you can.',
  'tips.text.T105':
    'Evaluate your health offers: are they used by those who need them most? Avoid pure wellness.',
  'tips.text.T106':
    'Make it normal to come to work with a minor injury when the tasks can be adjusted.',
  'tips.text.T107':
    'Prevent absence through well-being, a good working environment and high social capital – it works before the sick call.',
  'tips.text.T108':
    'Find the solutions together with your staff. The best ideas come from those who do the work.',
  'tips.text.T109':
    'Give high-absence workplaces concrete help with well-being, for example a process with an HR consultant.',
  'tips.text.T110':
    'Use the well-being survey to find the causes of absence that are about well-being, and talk about them as a team.',
  'tips.text.T111':
    'Make a wide circle of key people well-being agents, so someone close by notices the signs.',
  'tips.text.T112': 'Learn from those who are rarely sick: what makes them come? Ask them.',
  'tips.text.T113':
    'Work on social capital as close to daily work as possible – at the staff meeting, not only on a course.',
  'tips.text.T114':
    'Aim for a quality in the core task your staff can be proud of. It lifts both well-being and attendance.',
  'tips.text.T115':
    'Measure whether the well-being work works: before and after, on social capital, quality, satisfaction and absence.',
  'tips.text.T116':
    'Talk about how both the physical and the psychological working environment affect absence, and act on what you find.',
  'tips.text.T117':
    'Small things count: a pat on the shoulder and a "good to have you here" make a difference.',
  'tips.text.T118':
    'Put recognition at the centre of the dialogue with your staff, and ask what they themselves can change.',
  'tips.text.T119':
    'Watch for signs of poor well-being, stress above all, and act before it grows. Colleagues often see it first.',
  'tips.text.T120':
    'Do not reward those who are never sick with gifts. It feels unfair to those who cannot avoid falling ill.',
  'tips.text.T121':
    'Talk about presence rather than absence. "More people at work" motivates more than "fewer sick days".',
  'tips.text.T122':
    'Make trust concrete in daily work: what does it mean for how you do the core task? Otherwise it stays empty words.',
  'tips.text.T123':
    'Build relationships by solving real problems at work together, rather than sending people on social-capital courses.',
  'tips.text.T124': 'Organise the work so each person finds it meaningful and can go home proud.',
  'tips.text.T125':
    'Let the leader, shop steward and safety rep drive improvements together. Doing something jointly matters more than what.',
  'tips.text.T126':
    'Social capital has three legs: trust (you can rely on each other), fairness (both sides’ interests are legitimate) and cooperation on the core task. Which leg is weakest where you work?',
  'tips.text.T127':
    'Invest in the physical working environment – such as transfer techniques in eldercare and sit-stand desks in daycare – and prevent accidents.',
  'tips.text.T128':
    'Follow up the well-being survey thoroughly, and make sure the leader gets feedback they can use.',
  'tips.text.T129':
    'Try social-capital work at a few workplaces, measure the effect (in the APV, for example), and roll it out only if it works.',
  'tips.text.T131':
    'As HR: never force a well-being process on a leader. Offer support the leader can accept or decline.',
  'tips.text.T132':
    'Build process help in your own HR instead of hiring outside well-being consultants. Then the knowledge stays in-house.',
  'tips.text.T133':
    'Check that safety measures work, that everyone is instructed, and follow up. Ask staff to report hazards.',
  'tips.text.T134':
    'If a survey shows low trust, work deliberately on trust and cooperation – between management and staff and among staff.',
  'tips.text.T135':
    'Make sure every employee knows their attendance makes a difference to colleagues and citizens.',
  'tips.text.T136':
    'Stress is also shared: groups develop ways of coping with pressure. Look at the culture of each profession, not only at the individual.',
  'tips.text.T137':
    'Leadership is key to preventing stress-related absence. Where possible, lead the stressed employee around the sick leave.',
  'tips.text.T138':
    'Well-being is made at each workplace. Leave room to set your own goals and find meaning locally.',
  'tips.text.T139':
    'Consider preventive conversations, a phone line people can call, and training leaders in psychological robustness.',
};
