/**
 * The sentences of tests/fixtures/pages/reportultra-trump-putin-no-progress.html, block by block
 * (headline, then the eleven article paragraphs), as a careful reader splits them. Checked by hand:
 * quotes of two sentences split inside the quote; "U.S." never ends a sentence here.
 * U+00A0 ("July 3") and U+00AD ("infra-structure") are the page's own characters.
 */
export const REPORTULTRA_SENTENCES: string[][] = [
  [
    'Trump admits ‘no progress’ on ending Russia-Ukraine war following call with Putin',
  ],
  [
    'At 04:33 PM +07 on Friday, July 4, 2025, a stark admission from President Donald Trump has cast a shadow over his long-standing promise to swiftly resolve the Russia-Ukraine war.',
    'Following a nearly hour-long phone call with Russian President Vladimir Putin on Thursday, July\u00A03, Trump conceded to reporters that he made “no progress at all” in bringing the conflict to an end.',
    'The revelation, delivered as he boarded Air Force One at Joint Base Andrews en route to Iowa, underscores the mounting challenges facing his administration’s diplomatic efforts, just six months into his second term.',
    'With the war entering its fourth year and recent U.S. decisions to pause weapons shipments to Kyiv intensifying scrutiny, the lack of headway has fueled debate over Trump’s approach, leaving allies uneasy and critics questioning the feasibility of his 24-hour peace pledge.',
  ],
  [
    'The call, the sixth between Trump and Putin since his January inauguration, was billed as an opportunity to address the escalating crisis in Ukraine and tensions in the Middle East, including Iran.',
    'Trump, who campaigned in 2024 on ending the war within his first day in office, had initially framed such engagements with optimism.',
    'However, his latest statement marks a departure from that rhetoric.',
    '“We talked about a lot of things, including Iran, and we also talked about the war with Ukraine.',
    'And I’m not happy about that,” he told reporters, his tone reflecting frustration.',
    'When pressed on whether the conversation yielded any progress toward a ceasefire, he replied bluntly, “No, I didn’t make any progress with him today at all.”',
    'The admission has reignited discussions about the limits of Trump’s personal diplomacy with Putin, a relationship he once touted as a strength.',
  ],
  [
    'The timing of the call adds context to its outcome.',
    'It followed a controversial U.S. decision to pause shipments of critical weapons, including Patriot air defense missiles and precision-guided munitions, to Ukraine due to depleted stockpiles—a move first disclosed earlier this week.',
    'The halt has drawn sharp criticism from Kyiv and European allies, who see it as weakening Ukraine’s defenses amid a Russian summer offensive that has intensified civilian casualties and infra\u00ADstructure damage.',
    'Ukrainian President Volodymyr Zelensky, speaking from Denmark on Thursday, expressed hope for a conversation with Trump to address the aid pause, emphasizing the need for continued support.',
    'Yet, Kremlin aide Yuri Ushakov confirmed that the weapons issue was not raised during the Trump-Putin call, suggesting a focus instead on broader geopolitical dynamics.',
  ],
  [
    'Putin’s stance during the conversation was unyielding.',
    'Ushakov relayed that the Russian leader reiterated Moscow’s commitment to its war aims, framing them as addressing the “root causes” of the conflict—code for Ukraine abandoning its NATO aspirations and ceding territory.',
    'This aligns with Putin’s long-standing position, including demands for Kyiv to withdraw from regions annexed by Russia since 2022.',
    '“Our president said that Russia will pursue its goals and will not back down from these objectives,” Ushakov stated, signaling no immediate willingness to compromise.',
    'The call’s lack of progress echoes earlier diplomatic efforts, such as the May talks in Istanbul, which ended without a breakthrough despite U.S. mediation.',
  ],
  [
    'Trump’s frustration may stem from this rigidity.',
    'During the campaign, he repeatedly claimed he could broker peace by leveraging his rapport with both Putin and Zelensky, a narrative he reinforced in a September 2024 debate with Kamala Harris.',
    '“I know Zelenskyy very well and I know Putin very well.',
    'They respect me,” he asserted then.',
    'Yet, the reality has proven more complex.',
    'Relations with Zelensky have soured since a February Oval Office clash, where Trump falsely blamed Ukraine for starting the war, prompting a sharp rebuke from Zelensky.',
    'The U.S. has since distanced itself from Kyiv, with the aid pause reflecting a shift from Biden-era support that totaled $66.9 billion by March 2025.',
    'This pivot has left Ukraine vulnerable, as Russian drone and missile attacks—killing eight on Thursday alone—continue unabated.',
  ],
  [
    'The call’s aftermath saw immediate repercussions.',
    'Hours later, Russia launched a drone attack on Kyiv, injuring 14 and sparking fires across multiple districts, including a medical facility.',
    'Ukrainian authorities reported similar strikes in Poltava and Kryvyi Rih, targeting draft offices and residential areas, underscoring Moscow’s refusal to de-escalate.',
    'Zelensky accused Russia of exploiting the aid pause to press its advantage, a charge echoed by European leaders who met with him in Denmark.',
    'The Kremlin, however, framed the attack as a response to Ukraine’s own drone strike near Moscow, which damaged a power substation in Sergiyev Posad, a spiritual hub for the Russian Orthodox Church.',
  ],
  [
    'Trump’s admission has sparked a range of reactions.',
    'On X, sentiments range from skepticism—“No surprise, Putin won’t budge unless Ukraine folds, and Trump’s got no leverage”—to calls for renewed pressure on Moscow.',
    'Some allies, like Senator Lindsey Graham, have pushed for 500% tariffs on countries buying Russian oil, a measure Trump has hesitated to endorse, citing a desire to avoid worsening the situation.',
    'Critics, including former Ambassador Michael McFaul, suggest Trump’s reluctance to impose fresh sanctions signals a softening stance, potentially emboldening Putin.',
    'The president’s defense—that Biden depleted U.S. stockpiles—has done little to quell the narrative of inaction.',
  ],
  [
    'The war’s toll adds urgency to the impasse.',
    'Since Russia’s 2022 invasion, hundreds of thousands have died, with recent months seeing intensified fighting in Kharkiv and Donetsk.',
    'Ukraine’s capture of Milove, a border village, offers a rare gain, but Russia’s control of a fifth of Ukrainian territory remains firm.',
    'Trump’s initial optimism, such as his March claim of a “very good and productive” call with Putin, has given way to a more guarded tone.',
    'His threat in January to impose tariffs and sanctions if Putin didn’t settle has yet to materialize, a hesitation Putin’s spokesman Dmitry Peskov dismissed as “nothing new.”',
  ],
  [
    'Analysts see deeper challenges.',
    'Kathryn Stoner of Stanford University notes that only Putin can end the war, a decision hinging on battlefield outcomes rather than diplomacy.',
    'Michael Kimmage, author of Collisions, argues Trump’s approach—favoring Russia by suggesting territorial concessions—misaligns with Ukraine’s red lines, including its NATO bid and territorial integrity.',
    'Zelensky’s rejection of Putin’s June ceasefire offer, which demanded troop withdrawals from annexed regions, highlights this disconnect.',
    'Trump’s recent backtracking, calling his 24-hour pledge “an exaggeration” in an April Time interview, further muddies his credibility.',
  ],
  [
    'Domestically, the lack of progress pressures Trump’s GOP base.',
    'House Speaker Mike Johnson faces a fragile majority, with two Republicans joining Democrats to oppose an earlier bill vote, and a third absent amid reported exhaustion.',
    'Senator Josh Hawley has warned of “politically suicidal” Medicaid cuts tied to the broader fiscal package, while Senator Thom Tillis cautions against voter backlash.',
    'The administration’s planned July 4 signing ceremony, complete with an Air Force flyover, aims to project strength, but protests over the bill’s social program cuts may overshadow the event.',
  ],
  [
    'For Ukraine, the stakes are existential.',
    'Zelensky’s push for EU and NATO coordination reflects dwindling faith in U.S. leadership.',
    'The aid pause, coupled with Trump’s stalled diplomacy, risks emboldening Russia, as seen in the Kyiv attack.',
    'Yet, Putin’s insistence on direct Kyiv-Moscow talks, bypassing U.S. involvement, suggests a strategy to isolate Ukraine further.',
    'Trump’s next move—whether sanctions or renewed engagement—will test his resolve, but for now, the war rages on, with no end in sight.',
  ],
];
