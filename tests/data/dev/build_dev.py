"""Build the extraction development set: dev_NN.txt files and gold.jsonl.

Each passage marks its gold quotes inline as ⟦Speaker|quoted words⟧ (the
words between the quote marks, marks excluded); the builder strips the
markers, writes the plain text and computes the offsets. Run it after
editing a passage: `python tests/data/dev/build_dev.py`.

The passages are invented but written in the styles of wire, local,
political, sports and business news, with the traps the extractor must
survive (scare quotes, titles, inch marks, unbalanced marks ...).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
_GOLD = re.compile(r"⟦([^|⟧]*)\|(.*?)⟧", re.S)

PASSAGES: list[str] = [
    # 01 AP style, inverted attribution with title, second part after attribution
    """SACRAMENTO, Calif. (AP) — California lawmakers on Monday approved a $12.5 billion plan to shore up the state's water supply, sending the measure to Gov. Gavin Newsom.

"⟦Rebecca Bauer-Kahan|This is the most significant investment in water infrastructure in a generation,⟧" said Assemblymember Rebecca Bauer-Kahan, a Democrat from Orinda. "⟦Rebecca Bauer-Kahan|We cannot keep waiting for the next drought to act.⟧"

The vote was 61-12. Newsom's office did not immediately respond to a request for comment.
""",
    # 02 surname-only later, pronoun continuation
    """The Denver City Council voted 9-4 on Monday night to ban flavored tobacco sales, making Denver the largest city in the state with such a ban.

Councilwoman Amanda Sandoval, who sponsored the measure, said the vote was overdue. "⟦Amanda Sandoval|We have watched kids get hooked on these products for years,⟧" she said. "⟦Amanda Sandoval|Tonight we said enough.⟧"

Opponents said the ban would hurt small businesses. "⟦Ali Hassan|You are taking 20% of my sales away overnight,⟧" said Ali Hassan, who owns a convenience store on Colfax Avenue.

Sandoval said the city would offer grants to affected stores. "⟦Amanda Sandoval|Nobody is being left behind,⟧" Sandoval said.
""",
    # 03 role noun resolution
    """Mayor Brandon Johnson on Tuesday unveiled a $16.6 billion budget that closes a $982 million gap without a property tax increase.

"⟦Brandon Johnson|This budget reflects our values,⟧" the mayor told reporters at City Hall. "⟦Brandon Johnson|We are investing in people, not in punishment.⟧"

Ald. Brian Hopkins criticized the plan. "⟦Brian Hopkins|The numbers simply do not add up,⟧" the alderman said.
""",
    # 04 issued the following statement
    """The Orange County Board of Supervisors voted 3-2 to end the contract with the private ambulance company on Dec. 3.

Care Ambulance Service issued the following statement:

"⟦Care Ambulance Service|We are disappointed by the board's decision. For more than 20 years our paramedics have served the residents of Orange County with distinction, and we will work to ensure a smooth transition for every patient.⟧"

The new contract begins Jan. 1.
""",
    # 05 partial quote inside reported speech + scare quote
    """Critics of the so-called "tiny home villages" have argued that the program is too expensive.

Mark Ridley, a spokesman for the Taxpayers Association of Oregon, claimed the city was "⟦Mark Ridley|throwing money at a problem it refuses to understand⟧" and called for an audit.

City Commissioner Carmen Rubio disputed that, saying the villages had moved 1,200 people indoors since 2021.
""",
    # 06 multi-paragraph quote
    """At the sentencing hearing, the victim's mother, Linda Carver, read a statement to the court.

"⟦Linda Carver|My son was 19 years old. He had just started his first job, and he called me every night on his way home.

“He never got to finish his first year of college. He never got to see his sister graduate. I will never hear his voice again.⟧”

Judge Thomas Reyes sentenced the defendant to 25 years in prison.
""",
    # 07 scare quotes, titles, nicknames, inch marks: no quotes
    """The 6'3" forward, nicknamed "The Mailman," was traded to the Lakers in 2003. He later appeared in the film "He Got Game" and wrote a memoir, "Special Delivery: My Life in Basketball."

Analysts called the deal a "win-win" at the time. The trade remains one of the most debated of the "Big Three" era.
""",
    # 08 straight quotes, told + outlet, single quotes inside double
    """BOSTON - A Massachusetts man who won $1 million on a scratch ticket says he plans to keep working.

"⟦Dennis Fagan|My wife said, 'You're crazy,' but I like my job. I'm going to keep driving the bus,⟧" Dennis Fagan told the Massachusetts State Lottery.

Fagan chose the lump sum payment of $650,000, lottery officials said.
""",
    # 09 according to + in a statement, org speaker with acronym
    """The National Transportation Safety Board (NTSB) said Friday it was sending a team to investigate the derailment near East Palestine, Ohio.

"⟦National Transportation Safety Board|Our investigators will document the scene and collect the rail cars' event recorders,⟧" the NTSB said in a statement.

According to Norfolk Southern, "⟦Norfolk Southern|no injuries have been reported and all crew members are accounted for.⟧"
""",
    # 10 tweeted/wrote
    """Sen. Ted Cruz of Texas blasted the decision on social media.

"⟦Ted Cruz|This is an outrageous abuse of power by unelected bureaucrats,⟧" Cruz wrote on X. Hours later, Rep. Alexandria Ocasio-Cortez fired back.

"⟦Alexandria Ocasio-Cortez|Maybe read the rule before tweeting about it,⟧" Ocasio-Cortez tweeted.
""",
    # 11 colon-introduced quote, speaker before
    """The governor's chief of staff, Dana Williamson, was blunt in a memo to agency heads: "⟦Dana Williamson|Every department will cut 7.95% from its operating budget, no exceptions.⟧"

The memo, dated March 14, was obtained by The Sacramento Bee.
""",
    # 12 sports: coach and player
    """Kansas City Chiefs coach Andy Reid said his team never panicked after falling behind 17-0 in the first quarter.

"⟦Andy Reid|We've been there before. The guys just kept swinging,⟧" Reid said after the 27-20 win.

Quarterback Patrick Mahomes, who threw for 320 yards and two touchdowns, credited the defense. "⟦Patrick Mahomes|Those guys kept us in it when we couldn't do anything right,⟧" he told reporters.
""",
    # 13 business: company said in a statement, spokeswoman
    """Boeing Co. said Wednesday it would cut about 10% of its global workforce, or roughly 17,000 jobs, as a machinists strike stretched into its fifth week.

"⟦Kelly Ortberg|Our business is in a difficult position, and it is hard to overstate the challenges we face together,⟧" Chief Executive Kelly Ortberg wrote in a message to employees.

Boeing shares fell 1.2% in after-hours trading. A union spokeswoman, Bethany Nguyen, said the cuts were "⟦Bethany Nguyen|a scare tactic⟧" meant to pressure workers.
""",
    # 14 quote continues in the next paragraph without a new attribution
    """Fire Chief Kristin Crowley said the department had been stretched thin for years.

"⟦Kristin Crowley|We have 1,000 fewer firefighters per capita than New York,⟧" Crowley said.

"⟦Kristin Crowley|When a fire like this breaks out, we do not have the resources to fight it and protect the rest of the city at the same time.⟧"

The department's budget was cut by $17.6 million this year.
""",
    # 15 "As X said," before the quote, curly
    """As Superintendent Alberto Carvalho put it at Tuesday’s board meeting, “⟦Alberto Carvalho|Every child who walks through our doors deserves to feel safe.⟧”

The district enrolls about 538,000 students.
""",
    # 16 unbalanced mark early, must keep later quotes
    """The city attorney called the ruling "a setback and said an appeal was likely.

Later, Councilmember Nithya Raman addressed the crowd outside City Hall. “⟦Nithya Raman|We are not going to stop fighting for tenants,⟧” Raman said. “⟦Nithya Raman|Not today, not ever.⟧”
""",
    # 17 org by full name, later acronym
    """The American Civil Liberties Union of Southern California filed suit on Thursday, arguing the policy violated the First Amendment.

"⟦American Civil Liberties Union of Southern California|The government cannot punish people for what they say on a street corner,⟧" the ACLU of Southern California said in its complaint.

The case was assigned to U.S. District Judge Dolly Gee.
""",
    # 18 headline in quotes and a book title — no quote; one real quote
    """In his new book, "Why We Can't Sleep at Night: Inside America's Housing Crisis," economist Jenny Schuetz argues that zoning is the root problem.

"⟦Jenny Schuetz|We made it illegal to build the kind of housing people can afford,⟧" Schuetz said in an interview.
""",
    # 19 said X, who ... ; speaker with apposition
    """"⟦Maria Gonzalez|It's the same story every winter. The rent goes up and the heat doesn't work,⟧" said Maria Gonzalez, 54, who has lived in the building since 1998.

Her neighbor, Tyrone Jackson, agreed. "⟦Tyrone Jackson|We call the landlord, and nobody comes,⟧" he said.
""",
    # 20 quote before, "added" with pronoun after a different-gender person
    """State Sen. Nancy Skinner introduced the bill after meeting with parents in Berkeley, her office said.

"⟦Nancy Skinner|Parents told me they were terrified to send their kids to school,⟧" Skinner said Thursday. "⟦Nancy Skinner|That is not acceptable in California,⟧" she added.
""",
    # 21 vote and numbers, no quotes at all
    """The Board of Education voted 5-2 on Oct. 8 to close three elementary schools at the end of the 2024-25 school year. The closures are expected to save the district about $4.3 million a year. Enrollment has fallen 18% since 2015, according to district data.
""",
    # 22 two speakers in one paragraph, pronouns by gender
    """Assemblyman James Gallagher and Assemblywoman Lori Wilson met with farmers in Yuba City on Friday.

"⟦James Gallagher|These families have been farming this land for four generations,⟧" Gallagher said. Wilson agreed but warned that money was tight. "⟦Lori Wilson|We have to be honest about what the state can afford,⟧" she said.
""",
    # 23 speaker precedes with said and comma; "says" present tense
    """Dr. Anthony Fauci says the next pandemic is a matter of when, not if.

Fauci says, "⟦Anthony Fauci|We have to invest now, while people still remember what happened.⟧"
""",
    # 24 told ... in an interview; quote split by attribution mid-sentence
    """"⟦Gretchen Whitmer|I don't think anybody wants to see another shutdown,⟧" Michigan Gov. Gretchen Whitmer told CNN on Sunday, "⟦Gretchen Whitmer|but we are going to follow the science.⟧"
""",
    # 25 police spokesperson with role, "police said"
    """Two people were injured in a shooting early Saturday outside a nightclub in the 400 block of Main Street, police said.

"⟦Sarah Eisenhauer|This appears to have been a dispute between two groups that escalated quickly,⟧" said Lt. Sarah Eisenhauer, a spokeswoman for the Houston Police Department.

No arrests had been made as of Saturday afternoon.
""",
    # 26 nested quotes with single marks, apostrophes in the quote
    """The pastor, the Rev. Calvin Butts, recalled the night of the fire. “⟦Calvin Butts|A little girl looked at me and said, ‘Where are we going to pray now?’ I didn’t have an answer for her,⟧” Butts said.
""",
    # 27 statement quote with attribution at the end of the paragraph before
    """Amazon spokesperson Kelly Nantel said in an email:

"⟦Kelly Nantel|We respect our employees' right to choose to join or not join a union, and we always have.⟧"

The union election is scheduled for April 5.
""",
    # 28 reported speech with short partial quote; scare quote
    """President Joe Biden called the ruling "⟦Joe Biden|a tragic error⟧" and urged Congress to act. The case is the latest in a string of "culture war" fights at the court.
""",
    # 29 multi-paragraph quote with straight marks
    """In a letter to shareholders, Berkshire Hathaway Chairman Warren Buffett reflected on his late partner.

"⟦Warren Buffett|Charlie was the architect of today's Berkshire. I was the general contractor.

"He never sought to take credit for his role but instead let me take the bows and receive the accolades.⟧"

Berkshire reported operating earnings of $37.4 billion for 2023.
""",
    # 30 a title with said in another sense, dialogue with "asked"
    """At the town hall, resident Paul Whitaker asked, "⟦Paul Whitaker|Why did it take three years to fix one traffic light?⟧"

Public Works Director Erin Cole replied, "⟦Erin Cole|That is a fair question, and the honest answer is staffing.⟧"
""",
    # 31 noted, emphasized, stressed
    """Health officials emphasized that the risk to the public remained low. "⟦Mandy Cohen|There is no evidence of person-to-person spread,⟧" CDC Director Mandy Cohen noted during a briefing.

Cohen stressed that pasteurized milk was safe. "⟦Mandy Cohen|Pasteurization kills the virus,⟧" she said.
""",
    # 32 wire style with dateline, "the company said"
    """NEW YORK (Reuters) - Walgreens Boots Alliance Inc said on Tuesday it would close about 1,200 stores over the next three years.

"⟦Walgreens Boots Alliance|We are taking decisive steps to build a more sustainable business,⟧" the company said.

Shares of Walgreens rose 4% in premarket trading.
""",
    # 33 quote with attribution inside a single sentence mid-paragraph, emoji, curly single quotes as apostrophes
    """Fans lined up overnight for the release 🎉. “⟦Jordan Ellis|I’ve been waiting since 2019 for this, honestly,⟧” said Jordan Ellis, 22, of Queens. The store’s manager said it sold out in 40 minutes.
""",
    # 34 question/exclamation inside quote, inverted "shouted"
    """"⟦Kevin Harlan|He did it! He actually did it!⟧" shouted play-by-play announcer Kevin Harlan as the ball dropped through the net.
""",
    # 35 no attribution for a scare quote with said nearby
    """The mayor's office said the "pilot program" would run through June. Officials said the "community ambassadors" would be paid $22 an hour.
""",
    # 36 group/organization speaker "the union said"
    """The United Auto Workers (UAW) on Thursday expanded its strike to a Ford plant in Louisville, Kentucky.

"⟦United Auto Workers|Ford has had five weeks to make a fair offer,⟧" the union said in a statement. "⟦United Auto Workers|Instead they chose to stall.⟧"
""",
    # 37 long quote before a second speaker's rebuttal in same paragraph
    """At Tuesday's debate, Republican Kari Lake accused her opponent of supporting open borders. "⟦Kari Lake|She voted against every single border bill,⟧" Lake said. Democrat Ruben Gallego shot back: "⟦Ruben Gallego|That's a lie, and she knows it.⟧"
""",
    # 38 apostrophes at word starts ('90s, 'em) and an inch mark; one quote
    """Back in the '90s, the 7'2" center was the most feared shot blocker in the league. "⟦Dikembe Mutombo|I wagged my finger at 'em because I wanted them to remember,⟧" Dikembe Mutombo said in 2015.
""",
    # 39 said by spokesperson for org; reported speech no quote
    """Pacific Gas and Electric Co. said it would shut off power to about 15,000 customers in 12 counties beginning Wednesday night. Utility spokesperson Lynsey Paulo said the shutoffs could last up to 48 hours.

"⟦Lynsey Paulo|We know how disruptive this is for our customers,⟧" Paulo said.
""",
    # 40 speaker named after quote with title and organization, 'according to' after
    """"⟦Federal Emergency Management Agency|More than 3,400 households have registered for assistance,⟧" according to the Federal Emergency Management Agency.
""",
    # 41 unbalanced straight quote at end of article
    """Councilman Curren Price said the project would bring 400 affordable units to South Los Angeles. "⟦Curren Price|This is what we promised the community,⟧" Price said.

Residents can comment on the plan until Nov. 30. For more information, see the city's "Housing Element page.
""",
    # 42 pronoun after two people; she refers to the most recent woman
    """Former Secretary of State Hillary Clinton appeared with Sen. Chuck Schumer at the rally in Manhattan. Schumer spoke first about the budget.

"⟦Hillary Clinton|I've been in this fight for a long time, and I'm not tired yet,⟧" she said to cheers.
""",
    # 43 quote then attribution with 'said of ...' and titled person with middle initial
    """"⟦John A. Boehner|He was a friend, a colleague and a patriot,⟧" former House Speaker John A. Boehner said of the late senator.
""",
    # 44 multi-speaker interview, "the chief" role noun
    """Police Chief Michel Moore announced his retirement on Friday after six years leading the LAPD.

"⟦Michel Moore|It has been the honor of my life,⟧" the chief said. Commission President William Briggs thanked him for his service.
""",
    # 45 statement, "said in a news release"
    """The Securities and Exchange Commission charged the founder of a crypto lending platform with defrauding investors of $1.2 billion.

"⟦Gurbir Grewal|Investors were promised safety and got a Ponzi scheme,⟧" Gurbir Grewal, director of the SEC's Division of Enforcement, said in a news release.
""",
    # 46 quote with em-dash attribution and speaker after verb phrase
    """"⟦Tom Brady|I'm not retiring. I'm just taking a break⟧" — that was Tom Brady in February. Six weeks later, he was back.
""",
]

# Written after the engine and scored once, without tuning: a check that the
# rules generalise beyond the passages above.
HOLDOUT: list[str] = [
    """WASHINGTON (AP) — The Senate voted 52-48 on Thursday to confirm the nominee.

"⟦John Thune|This is a good day for the country,⟧" Senate Majority Leader John Thune said on the floor. Democrats were unmoved. "⟦Chuck Schumer|Republicans will own this,⟧" said Sen. Chuck Schumer of New York.
""",
    """The Portland Timbers fired coach Giovanni Savarese on Monday after a 2-1 loss.

"⟦Giovanni Savarese|I gave everything to this club,⟧" Savarese told The Oregonian. "⟦Giovanni Savarese|I have no regrets.⟧"

General manager Ned Grabavoy said the search for a replacement would begin immediately.
""",
    """Tesla Inc. reported a 9% drop in quarterly deliveries, its first decline in four years.

"⟦Tesla|We are between two major growth waves,⟧" the company said in its earnings release.

Analyst Dan Ives called the numbers "⟦Dan Ives|a disaster that nobody saw coming⟧" in a note to clients.
""",
    """Superintendent Maria Vasquez told parents in a letter Friday that classes would resume Monday.

“⟦Maria Vasquez|The safety of our students comes before everything else,⟧” she wrote. “⟦Maria Vasquez|We will have counselors at every campus.⟧”
""",
    """The Sierra Club issued the following statement:

“⟦Sierra Club|Today’s decision puts polluters ahead of people. We will see the administration in court.⟧”
""",
    """Residents of the “Midtown Flats” complex say the landlord ignored repeated complaints.

“⟦Denise Carter|I’ve been calling since March,⟧” said Denise Carter, 61. “⟦Denise Carter|Nobody ever came out.⟧”

Her neighbor, Luis Ortega, said he had stopped paying rent. “⟦Luis Ortega|Why would I pay for an apartment with no heat?⟧” he asked.
""",
    """Gov. Kathy Hochul signed the bill into law on Tuesday, calling it "⟦Kathy Hochul|a historic step for working families⟧."

The law takes effect Jan. 1.
""",
    """According to the Centers for Disease Control and Prevention, "⟦Centers for Disease Control and Prevention|vaccination remains the best protection against severe illness.⟧"

The agency recommends an updated shot for everyone 6 months and older.
""",
    """Rep. Marjorie Taylor Greene posted a video on Sunday criticizing the deal. "⟦Marjorie Taylor Greene|This is not what we were sent here to do,⟧" the Georgia congresswoman said.
""",
    """The 5'10" guard scored 31 points. "⟦Caitlin Clark|We just kept attacking,⟧" Caitlin Clark said. "⟦Caitlin Clark|That's who we are.⟧"

Fever coach Christie Sides called her "⟦Christie Sides|the best passer I have ever coached⟧."
""",
    """Sheriff Alex Villanueva defended his deputies. “⟦Alex Villanueva|They followed policy to the letter,⟧” the sheriff said.

“⟦Alex Villanueva|Anyone who says otherwise has not seen the video.⟧”
""",
    """In an interview with NPR, former President Barack Obama reflected on the campaign. "⟦Barack Obama|We were underdogs, and we knew it,⟧" Obama said.
""",
]


def build() -> None:
    _build(PASSAGES, "dev", "gold.jsonl")
    _build(HOLDOUT, "hold", "holdout_gold.jsonl")


def _build(passages: list[str], prefix: str, gold_name: str) -> None:
    gold_lines = []
    for n, raw in enumerate(passages, start=1):
        name = f"{prefix}_{n:02d}.txt"
        parts: list[str] = []
        pos = 0
        out_len = 0
        for m in _GOLD.finditer(raw):
            chunk = raw[pos : m.start()]
            parts.append(chunk)
            out_len += len(chunk)
            speaker, quote = m.group(1), m.group(2)
            gold_lines.append(
                {
                    "source": name,
                    "start": out_len,
                    "end": out_len + len(quote),
                    "quote": quote,
                    "speaker": speaker or None,
                }
            )
            parts.append(quote)
            out_len += len(quote)
            pos = m.end()
        parts.append(raw[pos:])
        text = "".join(parts)
        (HERE / name).write_text(text, encoding="utf-8")
    with open(HERE / gold_name, "w", encoding="utf-8") as f:
        for row in gold_lines:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{prefix}: {len(passages)} passages, {len(gold_lines)} gold quotes")


if __name__ == "__main__":
    build()
