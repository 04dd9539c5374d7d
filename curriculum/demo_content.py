"""Demo curriculum for seed_demo: two programs written for the organization."""

_BOOT_CAMP_MODULES = [
    {
        "slug": "leading-with-culture",
        "title": "Leading with Culture",
        "summary": "Why we start every campaign from our communities' cultures, and how to make every meeting, action and material feel like home.",
        "lessons": [
            {
                "slug": "why-culture-first",
                "title": "Why We Lead with Culture",
                "estimated_minutes": 15,
                "required": True,
                "preview": True,
                "body": [
                    (
                        "text",
                        "<p>Most people do not wake up thinking about elections. They think about rent, their kids' school, a parent's health, a shift that got cut. Culture is how we reach each other before we ever talk about a ballot: the food we share, the languages we speak at home, the songs, prayers and jokes that tell us we belong.</p>"
                        "<p>When we lead with culture, we start from who people already are. A canvass launch that opens with a song in Hmong, or a phonebank that starts with pan dulce and a story, tells people: this space is yours. People who feel at home come back, and people who come back become leaders.</p>"
                        "<h2>What leading with culture is not</h2>"
                        "<ul><li>It is not decoration added after the real work is planned.</li>"
                        "<li>It is not performing a culture that is not yours, or asking one person to speak for a whole community.</li>"
                        "<li>It is not a reason to skip the hard asks. Culture builds the trust that makes the ask possible.</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Why it matters for voting",
                            "text": "<p>Many of the people we reach have been told, directly or indirectly, that voting is not for them. A message from someone who shares their language and experience carries more weight than a mailer from a stranger. Trust is the foundation of every voter conversation we have.</p>",
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "At my first meeting they opened with a song my grandmother used to sing in Oaxaca. I didn't know anyone yet, but I knew I could stay.",
                            "attribution": "Marisol",
                            "role": "2024 Boot Camp participant, Salinas",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Think of a time you felt you truly belonged in a group. What did people do, say or share that made you feel that way?",
                            "guidance": "Write down two or three specific things. We will use them when we plan our first team meeting.",
                        },
                    ),
                ],
            },
            {
                "slug": "culture-in-every-meeting",
                "title": "Culture in Every Meeting and Action",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Leading with culture is a practice, not a one-time event. It shows up in small choices we make every time we gather.</p>"
                        "<h2>Open with connection</h2>"
                        "<p>Start meetings with a short check-in people can answer in any language: a food that reminds you of home, a song you grew up with, a person who taught you to stand up for yourself. Keep it to one sentence each so everyone gets a turn.</p>"
                        "<h2>Share food and time</h2>"
                        "<p>Food is often how our families show care. When the budget allows, buy from family businesses in the neighborhood you are organizing. Schedule around work shifts, school pickup and religious holidays, not only around what is easy for staff.</p>"
                        "<h2>Make art part of the message</h2>"
                        "<p>Banners, posters, poems and music can carry a message further than a flyer. Invite young artists to design materials, and credit them by name.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Planning a culture-first team meeting",
                            "items": [
                                "Ask two team members what would make the space feel welcoming to their families.",
                                "Choose an opening question anyone can answer in one sentence.",
                                "Confirm interpretation for every language your team speaks.",
                                "Order food from a neighborhood business and check for dietary needs.",
                                "Pick a time that works around work shifts, school pickup and holidays.",
                                "Plan childcare so parents can take part.",
                                "Close with a shared moment: a song, a chant, or each person naming one commitment.",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Ask, don't assume",
                            "text": "<p>Communities are not all the same. Two families from the same country may pray differently, speak different languages and celebrate different holidays. When in doubt, ask the people in the room how they would like to open or close.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "language-justice",
                "title": "Language Justice in Our Spaces",
                "estimated_minutes": 15,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Language justice means everyone can understand and be understood in the language they feel strongest in. In our work, it is not a favor to people who do not speak English. It is how we make sure the people most affected by decisions are part of making them.</p>"
                        "<h2>In meetings</h2>"
                        "<ul><li>Offer interpretation for every language present, and test the equipment before the meeting starts.</li>"
                        "<li>Ask speakers to slow down and pause so interpreters can keep up.</li>"
                        "<li>Let people speak in their own language. The interpreter carries the words; the speaker keeps the floor.</li></ul>"
                        "<h2>In materials</h2>"
                        "<p>Write in plain language first, then translate. Short sentences and common words translate better. Whenever possible, ask a native speaker from the community to review the translation, because a word that is correct in one country may sound strange, or even rude, in another.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "important",
                            "title": "Voting materials in many languages",
                            "text": "<p>California county elections offices provide voting materials in many languages, and voters may bring someone they trust to help them vote. When we talk with voters, we point them to their county elections office for translated ballots and guides. We never fill out or mark a ballot for anyone.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Which languages are spoken in the neighborhoods you organize in, and which of them are missing from your team today?",
                            "guidance": "Think about who you could invite, not only who you could hire.",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "our-histories-and-shared-values",
        "title": "Our Histories and Shared Values",
        "summary": "We share our families' stories, learn from the California movements that came before us, and name the values that hold our coalition together.",
        "lessons": [
            {
                "slug": "our-migration-stories",
                "title": "Our Migration Stories",
                "estimated_minutes": 25,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Every family in our communities carries a story about how they came to be here, or about the land they have always been on. Some came fleeing war. Some came for work, for school, or to be with family. Some were born here to parents who crossed oceans or borders. Some are Indigenous to this land, or to the lands their families left.</p>"
                        "<p>In this lesson, your cohort holds a story circle. Each person shares, in two or three minutes, a story about where they come from and what it taught them about fairness, struggle or hope. Listeners do not interrupt, give advice or ask questions unless the speaker invites them.</p>"
                        "<p>These stories become the roots of our organizing. When we know why each of us is here, we can explain to a voter why this work matters in words that are true to us.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "important",
                            "title": "Your story, your choice",
                            "text": "<p>No one is ever asked about their immigration status or their family's, in this room or anywhere in our work. Share only what feels safe. <i>I'd rather not share that part</i> is always a complete answer. What is shared in the circle stays in the circle.</p>",
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "I had never told my story out loud, not in English and not in Tigrinya. Saying it to people who just listened changed the way I talk to voters.",
                            "attribution": "Samuel",
                            "role": "2025 Boot Camp participant, Oakland",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "What is one lesson your family's story taught you about power or fairness?",
                            "guidance": "It can be a small moment, like a grandparent's saying or something you saw as a child.",
                        },
                    ),
                ],
            },
            {
                "slug": "movements-that-shaped-california",
                "title": "Movements That Shaped California",
                "estimated_minutes": 20,
                "required": False,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>The rights we use today were won by ordinary people who organized. California's history is full of immigrant workers, students and families who refused to be invisible.</p>"
                        "<ul><li><b>Farmworkers.</b> In the 1960s, Filipino and Mexican farmworkers joined together in strikes and boycotts that won union contracts and national attention.</li>"
                        "<li><b>Students.</b> In 1968, thousands of Chicano high school students in East Los Angeles walked out to demand better schools, and Asian American, Black, Latino and Native American students in San Francisco went on strike to win ethnic studies.</li>"
                        "<li><b>Immigrant families.</b> In 1994, voters passed a ballot measure meant to deny schooling and health care to undocumented immigrants. Students walked out, families organized, and courts blocked most of it. Many young people who came up in that fight went on to register and turn out a new generation of voters.</li>"
                        "<li><b>Refugee communities.</b> Southeast Asian families who arrived after the wars in Vietnam, Cambodia and Laos built mutual aid groups, temples and associations that later became the backbone of civic campaigns.</li></ul>"
                        "<p>These movements did not win everything, and they did not always agree. But each one shows the same pattern: people found each other, built trust, and acted together.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "My mom walked out of her high school in 1994. Thirty years later I knocked on doors in the same neighborhood. It felt like finishing something she started.",
                            "attribution": "Daniela",
                            "role": "2024 Boot Camp participant, Los Angeles",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Which of these movements connects to your own family or neighborhood? What would you like to learn more about?",
                            "guidance": "Ask an elder in your life what they remember, and bring one thing they tell you to the next session.",
                        },
                    ),
                ],
            },
            {
                "slug": "naming-our-shared-values",
                "title": "Naming Our Shared Values",
                "estimated_minutes": 30,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Our communities speak many languages and practice many faiths, and we will not agree on everything. What holds a coalition together is a short set of values everyone can stand behind. Values guide us when a decision is hard, when a partner asks for something that does not fit, or when the team is tired.</p>"
                        "<p>Values organizers in our network often name include <b>dignity</b> (everyone deserves respect, whatever their income, papers or English), <b>solidarity</b> (our struggles are connected), <b>accountability</b> (we do what we say, and we repair harm when we cause it) and <b>joy</b> (this work should feel like community, not only sacrifice).</p>"
                        "<p>Your cohort will name its own values together. The exercise below takes about 30 minutes.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Values exercise for your cohort",
                            "items": [
                                "Each person writes three values on separate sticky notes, in any language.",
                                "Put all the notes on a wall and read them aloud, with interpretation.",
                                "Group similar notes together, without discussion at first.",
                                "Give each group a name everyone understands.",
                                "Each person marks the three groups that matter most to them.",
                                "Keep the top four or five as your cohort's shared values.",
                                "For each value, write one sentence about what it looks like in action.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Which of your cohort's values will be hardest for you to live out during a busy campaign, and why?",
                            "guidance": "",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "canvassing",
        "title": "Canvassing",
        "summary": "How door-to-door conversations work, what to say, how to stay safe and protect voters' privacy, and how to prepare for your shift.",
        "lessons": [
            {
                "slug": "how-a-canvass-works",
                "title": "How a Canvass Works",
                "estimated_minutes": 15,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Canvassing means going door to door to talk with voters in person. It is one of the most effective ways to help someone vote, because a real conversation with a neighbor is hard to ignore. Our canvasses are nonpartisan: we share information and encourage people to vote, but we never tell anyone who to vote for.</p>"
                        "<h2>How a shift runs</h2>"
                        "<ol><li>The team meets at a staging location for a short training and role play.</li>"
                        "<li>Each pair gets a turf: a list of addresses and voters, on a phone app or a printed sheet.</li>"
                        "<li>Pairs knock on doors for two to three hours and record every attempt.</li>"
                        "<li>Everyone returns to the staging location to turn in data, share stories and debrief.</li></ol>"
                        "<p>Most doors will not open. That is normal. A good shift might mean 15 to 25 real conversations, and every conversation counts, even a short one.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "California voting basics to share",
                            "text": "<ul><li>Every active registered voter in California gets a ballot in the mail before each election.</li>"
                            "<li>Voters can return it by mail, at a secure ballot drop box, or at a vote center or polling place. Mailed ballots must be postmarked on or before Election Day.</li>"
                            "<li>People who miss the registration deadline can still register and vote on the same day, up to and including Election Day, through same-day (conditional) voter registration at their county elections office or a vote center.</li>"
                            "<li>16- and 17-year-olds can pre-register, and their registration becomes active when they turn 18.</li></ul>"
                            "<p>For anything else, point voters to their county elections office.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "What worries you most about knocking on a stranger's door? What would help you feel ready?",
                            "guidance": "Name it honestly. Your trainer will use the answers to plan role plays.",
                        },
                    ),
                ],
            },
            {
                "slug": "the-door-conversation",
                "title": "The Door Conversation",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>A good door conversation is short, warm and clear. You are not there to win an argument. You are there to listen, share what is at stake, and help the person make a plan to vote.</p>"
                        "<p>We use a simple five-part structure. Practice it out loud until it feels natural, then make it your own. Speak in the language the voter prefers. If you do not speak it, note the language so a teammate can follow up.</p>"
                        "<h2>Listening matters more than talking</h2>"
                        "<p>Ask an open question, then stop talking. When someone tells you about their rent or their child's school, that is the reason they might vote. Connect the election back to what they said, in their own words.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "The five parts of a door conversation",
                            "items": [
                                "Introduce: your first name, that you are a volunteer from the community, and why you are there.",
                                "Connect: ask an open question, such as what the biggest issue for their family is right now.",
                                "Share: connect their answer to the election in one or two sentences, without telling them how to vote.",
                                "Plan: ask when, where and how they will return their ballot, and who they might bring along.",
                                "Close: thank them, leave the right printed information, and record the result before you walk to the next door.",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "An older man told me he hadn't voted in twenty years. We talked about his grandson's school for ten minutes. Then he showed me his ballot on the kitchen table and said he would drop it off on Saturday.",
                            "attribution": "Kevin",
                            "role": "2025 Boot Camp participant, San Jose",
                        },
                    ),
                ],
            },
            {
                "slug": "staying-safe-and-respecting-privacy",
                "title": "Staying Safe and Respecting Privacy",
                "estimated_minutes": 15,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Your safety and the safety of the people you talk to come first, always. No door is worth a risk. These rules apply on every shift.</p>"
                        "<h2>Your safety</h2>"
                        "<ul><li>Canvass in pairs, and stay within sight or earshot of your partner.</li>"
                        "<li>Do not go inside anyone's home, even if invited. Talk at the door or on the porch.</li>"
                        "<li>Skip any door that feels unsafe, including homes with loose dogs or signs asking not to knock. Trust your instincts.</li>"
                        "<li>Keep your phone charged and your shift lead's number saved.</li></ul>"
                        "<h2>The voter's privacy</h2>"
                        "<p>We only record what the campaign needs: whether you spoke with the person, their preferred language, and their plan to vote. If a voter asks a legal question about immigration, do not guess. Say that you are not able to answer it, and offer the list of free, trusted legal service providers your shift lead gives you.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "important",
                            "title": "Never ask, never write it down",
                            "text": "<p>Never ask anyone about their immigration status or their family's. If someone tells you, do not write it in the app, on paper or in a group chat. A voter's trust, and their family's safety, depend on it.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "If something feels wrong on a shift",
                            "items": [
                                "Stop and step back to the sidewalk with your partner.",
                                "Leave the area calmly. You do not need to explain.",
                                "Call or text your shift lead right away.",
                                "If anyone is in immediate danger, call 911.",
                                "Once you are safe, write down what happened and share it at debrief.",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "your-canvass-day",
                "title": "Your Canvass Day, Step by Step",
                "estimated_minutes": 10,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Preparation makes the difference between a stressful shift and a great one. Use this checklist the day before and the day of your canvass. After a few shifts, most of it will become habit.</p>"
                        "<p>Canvassing is a team sport. Cheer each other on, share the funny moments at debrief, and celebrate your team's total conversations, not only your own.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before, during and after your shift",
                            "items": [
                                "The night before, confirm your shift time and staging location with your shift lead.",
                                "Charge your phone, log in to the canvassing app, and download your turf if asked.",
                                "Pack water, a snack, sunscreen, comfortable shoes and your volunteer badge.",
                                "At staging, practice the door conversation out loud with your partner at least twice.",
                                "Agree with your partner on a check-in time and a meeting spot.",
                                "At each door, knock, step back, smile and introduce yourself.",
                                "Record every door, including no answer, before moving to the next one.",
                                "Never put materials inside mailboxes; leave them at the door or gate instead.",
                                "Return to staging on time, turn in your materials and sync your data.",
                                "Share one story from the doors at debrief.",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Your first shift",
                            "text": "<p>Pair up with a returning canvasser. Watch them do the first few doors, then take turns. Nobody has a perfect conversation on day one.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "After your first shift: what is one conversation you will remember, and one thing you will do differently next time?",
                            "guidance": "Share your answer at debrief or with your partner.",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "phonebanking",
        "title": "Phonebanking",
        "summary": "How to run a phonebank shift, practice the script, and handle difficult calls with patience and respect.",
        "lessons": [
            {
                "slug": "phonebanking-basics",
                "title": "Phonebanking Basics",
                "estimated_minutes": 15,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Phonebanking lets us reach voters who live far apart, work long hours, or live in buildings we cannot enter. It is also a great way for people who cannot walk long distances to be part of the campaign. Most of our phonebanks use a calling tool on a laptop or phone that shows the voter's name, preferred language and a script.</p>"
                        "<p>As with canvassing, most calls will not connect. Expect voicemails, wrong numbers and hang-ups. A good phonebanker keeps a steady pace, stays kind, and moves on quickly.</p>"
                        "<h2>The basic rules</h2>"
                        "<ul><li>Only dial numbers from the list and tool the campaign gives you.</li>"
                        "<li>If someone asks not to be called again, mark it right away so no one calls them again.</li>"
                        "<li>Stay nonpartisan: share information and encourage voting, and never tell someone who to vote for.</li>"
                        "<li>Never give legal advice of any kind. Refer questions to the county elections office or the resources your shift lead provides.</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Set yourself up",
                            "text": "<p>Use headphones with a microphone, sit somewhere quiet, and keep water nearby. Stand up and stretch every 30 minutes. Keep a sticky note with your opening line in front of you.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you start dialing",
                            "items": [
                                "Log in to the calling tool and test your headset.",
                                "Read the script out loud once.",
                                "Check which languages you are calling in today.",
                                "Learn how to mark wrong numbers, do-not-call requests and language needs.",
                                "Save your shift lead's contact for questions.",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "practicing-the-script",
                "title": "Practicing the Phonebank Script",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>A script is a guide, not a cage. It keeps the call clear and short, and it makes sure every voter gets correct information. Once you know it well, you can speak naturally and still cover every key point.</p>"
                        "<p>Practice in pairs: one person plays the caller and one plays the voter, then switch. The voter should try different responses: busy, curious, already voted, not interested, or prefers another language.</p>"
                        "<h2>A sample script</h2>"
                        "<p><i>Hi, is this Teresa? My name is Ana, and I'm a volunteer with a community group here in Fresno County. We're calling neighbors about the upcoming election. Do you have a minute?</i></p>"
                        "<p><i>What's the most important issue for you and your family right now?</i> (Listen.) <i>Thank you for sharing that. This election decides things like that, and your vote counts. Your ballot comes in the mail. Have you made a plan to return it?</i></p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Practice round with a partner",
                            "items": [
                                "Read the script out loud once, slowly.",
                                "Do three calls where the voter is friendly and curious.",
                                "Do two calls where the voter is busy or says no.",
                                "Do one call where the voter prefers another language, and practice noting it.",
                                "Give each other one compliment and one suggestion.",
                                "Switch roles and repeat.",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "I was scared to phonebank in Vietnamese because mine isn't perfect. An auntie on the line laughed, corrected me, and then talked for five minutes about her ballot. Now I sign up for every Vietnamese shift.",
                            "attribution": "Linh",
                            "role": "2024 Boot Camp participant, Westminster",
                        },
                    ),
                ],
            },
            {
                "slug": "handling-hard-calls",
                "title": "Handling Hard Calls",
                "estimated_minutes": 15,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Most people are polite, but some calls are hard. A voter may be angry at politicians, sure their vote does not matter, or worried about sharing information. Your job is not to win them over in one call. It is to be respectful, share correct information, and leave the door open.</p>"
                        "<h2>Common responses</h2>"
                        "<ul><li><b>My vote doesn't matter.</b> Acknowledge the feeling, then share that local races and measures are often decided by small margins, and they shape rent, schools and safety.</li>"
                        "<li><b>How did you get my number?</b> Explain honestly that groups doing election work can get voter contact lists for that purpose, and offer to take them off the list.</li>"
                        "<li><b>I can't vote.</b> Say thank you and do not ask why. Ask if anyone else in the household is able to vote, and mention that everyone is welcome at community meetings.</li>"
                        "<li><b>Insults or abuse.</b> Say thank you for your time, hang up and mark the call. You never have to listen to abuse.</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "important",
                            "title": "When someone says they can't vote",
                            "text": "<p>Never ask why someone cannot vote, and never ask about citizenship or immigration status. If someone asks whether they are eligible, you can share the general rule: to vote in California, a person must be a U.S. citizen and California resident, at least 18 on Election Day, not currently serving a state or federal prison term for a felony, and not found by a court to be unable to vote. Then refer them to their county elections office. Never guess about anyone's specific situation.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Which of these responses would be hardest for you to hear? Write how you would answer it in your own words.",
                            "guidance": "Practice your answer out loud with a partner before your next shift.",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "strategic-communications",
        "title": "Strategic Communications",
        "summary": "How to shape clear messages, reach people through the media and messengers they trust, and respond to rumors and misinformation.",
        "lessons": [
            {
                "slug": "a-message-that-moves",
                "title": "Crafting a Message That Moves People",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Strategic communications means saying the right thing, to the right people, through the right messenger, at the right time. It applies to a flyer, a radio spot, a group chat message or a speech at a city council meeting.</p>"
                        "<h2>A simple message formula</h2>"
                        "<ol><li><b>Value:</b> start with something your audience already cares about, like family, fairness or safety.</li>"
                        "<li><b>Problem:</b> name what is wrong in plain words, and who has the power to fix it.</li>"
                        "<li><b>Solution:</b> describe what could be different.</li>"
                        "<li><b>Action:</b> ask for one clear, doable step, such as returning a ballot or coming to a meeting.</li></ol>"
                        "<p>Test your message with people from the community before you print it. If they cannot repeat it back in their own words, simplify it.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "The messenger matters",
                            "text": "<p>The same words land differently from a stranger than from a cousin, a pastor, a teacher or the owner of the corner store. Think about who your audience already trusts, and help those people carry the message.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Write a short message about an issue your community cares about, using value, problem, solution and action. Who is the best messenger for it?",
                            "guidance": "Keep each sentence short enough to read aloud in one breath.",
                        },
                    ),
                ],
            },
            {
                "slug": "in-language-media",
                "title": "Reaching People in Their Language and Their Media",
                "estimated_minutes": 15,
                "required": False,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Many of the people we organize get their news from in-language radio, TV, newspapers and messaging apps, not from English-language outlets. Ethnic media reporters often know the community deeply and want local stories. Building relationships with them is one of the most powerful things a campaign can do.</p>"
                        "<h2>Where people actually get information</h2>"
                        "<ul><li>In-language radio and TV shows, especially call-in programs.</li>"
                        "<li>Community newspapers and their social media pages.</li>"
                        "<li>Family and neighborhood group chats.</li>"
                        "<li>Places of worship, markets, laundromats and schools.</li></ul>"
                        "<p>Write messages for each language, not just word-for-word translations. A joke, proverb or image that works in one community may fall flat, or offend, in another.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "We sent our nonpartisan voter guide to the family group chats in Punjabi. My uncle had forwarded it to forty people before I even woke up.",
                            "attribution": "Harpreet",
                            "role": "2025 Boot Camp participant, Stockton",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Pitching a story to an in-language reporter",
                            "items": [
                                "Pick one clear story, with a local person willing to speak on the record.",
                                "Confirm the speaker's consent and what they do and do not want shared.",
                                "Write a short pitch in the outlet's language: who, what, when, and why it matters.",
                                "Offer a spokesperson who speaks the language fluently.",
                                "Follow up once, politely, by phone or message.",
                                "Thank the reporter and share the story when it runs.",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "rumors-and-misinformation",
                "title": "Responding to Rumors and Misinformation",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>False information spreads fast in every community, especially close to an election. Some rumors are honest mistakes. Others are designed to scare people away from voting, such as claims that voting will put someone's family at risk, or that ballots can only be returned in person.</p>"
                        "<p>When you hear a rumor, do not repeat the false claim in big letters, even to correct it. Lead with the truth, explain briefly, and point people to a trusted source such as their county elections office or the state's official elections website.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "important",
                            "title": "The truth sandwich",
                            "text": "<p>Start with the truth, mention the rumor briefly, then repeat the truth. For example: <i>You can return your ballot by mail, at a drop box, or at a vote center. Some people are saying you can only vote in person, but that is not correct. You have several ways to return your ballot.</i></p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "When a rumor reaches your team",
                            "items": [
                                "Write down exactly what was said, where, and in which language.",
                                "Check the facts with the county elections office or your campaign lead.",
                                "Do not forward the rumor, even to debunk it.",
                                "Share a short, truth-first message in the same languages and channels.",
                                "Tell your campaign lead so the whole team can respond the same way.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "What rumors about voting have you heard in your family or community? How would you answer one of them with a truth sandwich?",
                            "guidance": "",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "building-power-beyond-election-day",
        "title": "Building Power Beyond Election Day",
        "summary": "How to turn an election campaign into lasting relationships, year-round organizing and new leaders.",
        "lessons": [
            {
                "slug": "after-the-votes-are-counted",
                "title": "After the Votes Are Counted",
                "estimated_minutes": 15,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>In California, counting ballots takes time. Mailed ballots postmarked by Election Day can arrive days later, and every valid ballot is counted. Close races may not be decided for a week or more. Prepare your team and community for this, so no one thinks something is wrong when results change.</p>"
                        "<p>Whatever the result, the relationships you built are the real win. The voters you talked with now know who we are, and many said yes to hearing from us again. That list is the beginning of your base.</p>"
                        "<h2>Your post-election plan</h2>"
                        "<ul><li>Hold a celebration and debrief within two weeks, and honor everyone who volunteered.</li>"
                        "<li>Thank the voters who made a plan to vote, by text or postcard.</li>"
                        "<li>Follow up personally with new volunteers within one week.</li>"
                        "<li>Write down what worked and what did not while it is still fresh.</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Results take time",
                            "text": "<p>County elections offices have several weeks after Election Day to finish counting and certify the results. The numbers reported on election night usually include only part of the ballots.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Who are three people you met during this campaign that you want to keep organizing with? What is your next step with each of them?",
                            "guidance": "A coffee, a phone call or an invitation to the next meeting all count.",
                        },
                    ),
                ],
            },
            {
                "slug": "building-our-base-between-elections",
                "title": "Building Our Base Between Elections",
                "estimated_minutes": 15,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Power is not built in the last six weeks before an election. It is built in the years in between, when we show up on the issues people face every day: tenant protections, school funding, language access at the clinic, safe streets, fair wages.</p>"
                        "<p>Between elections, our teams run issue campaigns, host cultural events, hold leadership trainings and speak at local government meetings. Each of these gives people a reason to stay involved and a chance to grow as leaders. When the next election comes, we are not starting from zero.</p>"
                        "<h2>The ladder of engagement</h2>"
                        "<p>Think of involvement as a ladder. Someone might come to a cultural event, then a community meeting, then a phonebank, and later lead a canvass team. Our job is to offer the next step at the right time.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Keeping your base engaged all year",
                            "items": [
                                "Hold at least one cultural or community event each season.",
                                "Call every active volunteer at least once a quarter, just to check in.",
                                "Invite members to a local government meeting about an issue they raised.",
                                "Offer at least one leadership training between elections.",
                                "Keep contact lists up to date and stored securely.",
                                "Ask each volunteer what they want to learn next.",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "After the election we kept meeting every month. By spring we had forty families at the school board asking for interpreters. It all started at the doors.",
                            "attribution": "Guadalupe",
                            "role": "Boot Camp graduate and team lead, Santa Ana",
                        },
                    ),
                ],
            },
            {
                "slug": "your-next-step-as-a-leader",
                "title": "Your Next Step as a Leader",
                "estimated_minutes": 10,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>By completing this boot camp, you have learned to lead with culture, tell your story, talk with voters at the door and on the phone, and shape a message. That is real power. The question now is how you will use it.</p>"
                        "<p>Some graduates become team leads in the next campaign. Some join the New Majority Fellowship. Some bring these skills to their congregation, school, workplace or tenant association. Every one of these paths strengthens our communities.</p>"
                        "<h2>Make a personal plan</h2>"
                        "<p>Set a goal for the next three months that is specific and realistic. For example: bring three friends to a phonebank, lead one canvass shift, or raise a neighborhood issue at a city council meeting. Share your goal with someone who will check in with you.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Leaders make more leaders",
                            "text": "<p>The best measure of your leadership is not how many doors you knock on, but how many new people you bring in and help grow.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "What is one specific goal you will work toward in the next three months, and who will you ask to hold you accountable?",
                            "guidance": "Write the goal in one sentence, with a date.",
                        },
                    ),
                ],
            },
        ],
    },
]

_FELLOWSHIP_MODULES = [
    {
        "slug": "power-mapping",
        "title": "Power Mapping",
        "summary": "Learn to find out who holds power over the issues your community cares about, and turn that knowledge into a strategy.",
        "lessons": [
            {
                "slug": "what-is-power-mapping",
                "title": "What Is Power Mapping?",
                "estimated_minutes": 15,
                "required": True,
                "preview": True,
                "body": [
                    (
                        "text",
                        "<p>A power map is a picture of who can make the change you want, and who influences them. Before you plan a campaign, you need to know who actually decides. Is it the city council, the school board, the county board of supervisors, a state agency, or a property owner? And who do those decision-makers listen to?</p>"
                        "<p>Power mapping helps you avoid a common mistake: spending months pressuring someone who does not have the power to give you what you want. It also shows where your community already has relationships you can build on.</p>"
                        "<h2>Two kinds of power</h2>"
                        "<ul><li><b>Organized money:</b> donors, businesses and institutions with budgets.</li>"
                        "<li><b>Organized people:</b> voters, members, congregations and workers who act together.</li></ul>"
                        "<p>Our communities often have less money, but we can have more organized people. A power map shows where organized people can make the biggest difference.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Key terms",
                            "text": "<ul><li><b>Target:</b> the person with the power to give you what you want.</li>"
                            "<li><b>Influencer:</b> someone the target listens to.</li>"
                            "<li><b>Ally:</b> a person or group that supports your goal.</li>"
                            "<li><b>Opponent:</b> a person or group working against your goal.</li></ul>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Think of a problem in your neighborhood. Who do you think has the power to fix it, and how sure are you?",
                            "guidance": "If you are not sure, that is exactly what the next lesson is for.",
                        },
                    ),
                ],
            },
            {
                "slug": "drawing-your-power-map",
                "title": "Drawing Your Power Map",
                "estimated_minutes": 30,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>You can draw a power map on a large sheet of paper with markers. Draw two lines that cross in the middle. The vertical line shows how much power a person or group has over your issue, from low at the bottom to high at the top. The horizontal line shows how much they agree with you, from opposed on the left to supportive on the right.</p>"
                        "<p>Place each person or group on the map. The top right holds powerful allies; the top left, powerful opponents. The bottom right holds supporters who need more power, which is often our own communities. Strategy usually means moving people toward the right and building the power of those at the bottom right.</p>"
                        "<p>Do this as a team. Different people know different relationships: whose cousin works at city hall, which pastor knows the council member, which business owner sits on the planning commission.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Steps to map your issue",
                            "items": [
                                "Write your specific goal at the top of the page in one sentence.",
                                "Identify the primary target: the person or body who can say yes.",
                                "List everyone who influences that target: staff, donors, voters, media, faith leaders.",
                                "Place each one on the map by power and by agreement.",
                                "Draw lines for the relationships your team already has.",
                                "Circle the two or three people you could realistically move in the next three months.",
                                "Note what information is missing and who will find it.",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Use public information",
                            "text": "<p>City council and school board agendas, meeting recordings and campaign finance reports are public. Reading them shows you who speaks at meetings, who donates, and how decisions really get made.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "from-map-to-strategy",
                "title": "From Map to Strategy",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>A map is only useful if it changes what you do. Once it is drawn, ask: what would it take to move our target? The answer usually combines several tactics that build on each other over time.</p>"
                        "<h2>An example</h2>"
                        "<p>A fellow named Daniel wanted his city to provide interpretation at council meetings. His map showed that three council members were undecided, and that one of them listened closely to local small business owners. The team met with business owners, gathered 300 signatures in three languages, filled a council meeting with families and interpreters, and registered new voters in that member's district. Six months later, the city funded interpretation.</p>"
                        "<p>Notice the pattern: build relationships with influencers, show that many people care, and connect the issue to voting power. Elected officials pay attention to organized voters.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "We stopped yelling at the wrong people. Once we mapped it, we realized the county, not the city, controlled the bus routes.",
                            "attribution": "Andrea",
                            "role": "2024 New Majority Fellow, Riverside",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Looking at your map, what is one tactic that could move your most important undecided target in the next three months?",
                            "guidance": "Be specific: who, what action, and when.",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "leading-a-campaign-team",
        "title": "Leading a Campaign Team",
        "summary": "Build and lead a volunteer team with clear roles, good meetings and strong one-on-one relationships.",
        "lessons": [
            {
                "slug": "roles-and-team-agreements",
                "title": "Roles and Team Agreements",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>A team works best when everyone knows what they are responsible for and how the team treats each other. Without that clarity, a few people end up doing everything and others drift away.</p>"
                        "<h2>Common roles on a campaign team</h2>"
                        "<ul><li><b>Team lead:</b> sets goals, runs meetings and supports each member.</li>"
                        "<li><b>Shift leads:</b> run canvass and phonebank shifts and handle problems on the day.</li>"
                        "<li><b>Data lead:</b> tracks contacts and goals, and keeps lists secure.</li>"
                        "<li><b>Outreach lead:</b> recruits volunteers and stays in touch with them.</li>"
                        "<li><b>Culture and care lead:</b> plans openings, food, celebrations and check-ins.</li></ul>"
                        "<p>Team agreements are a short list of promises, written together, about how you will work: being on time, speaking one at a time, respecting each other's languages, keeping personal stories confidential, and handling conflict directly and kindly.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Setting up a new team",
                            "items": [
                                "Meet one-on-one with each member before the first team meeting.",
                                "Ask each person what they want to learn and how much time they have.",
                                "Match roles to people's interests and schedules.",
                                "Write team agreements together at the first meeting.",
                                "Post the agreements where everyone can see them, in every language on the team.",
                                "Schedule a check-in after one month to see how the roles are working.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Which role on a campaign team fits you best right now, and which role would help you grow the most?",
                            "guidance": "",
                        },
                    ),
                ],
            },
            {
                "slug": "running-good-meetings",
                "title": "Running Meetings People Want to Attend",
                "estimated_minutes": 15,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Bad meetings are one of the fastest ways to lose volunteers. A good meeting starts and ends on time, has a clear purpose, and ends with decisions and next steps everyone understands.</p>"
                        "<h2>A simple agenda</h2>"
                        "<ol><li>Welcome and cultural opening (5 to 10 minutes).</li>"
                        "<li>Purpose and agenda review (2 minutes).</li>"
                        "<li>Updates and progress toward goals (10 minutes).</li>"
                        "<li>Main discussion or training (20 to 30 minutes).</li>"
                        "<li>Decisions, next steps and who owns each one (10 minutes).</li>"
                        "<li>Appreciations and closing (5 minutes).</li></ol>"
                        "<p>Keep online meetings shorter, and use interpretation channels so everyone can take part.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Facilitator's checklist",
                            "items": [
                                "Send the agenda and interpretation details at least two days ahead.",
                                "Arrive early to set up the room, food and equipment.",
                                "Name a timekeeper and a note taker.",
                                "Invite quieter members to speak first on key questions.",
                                "Write down every next step with a name and a date.",
                                "Send notes within 48 hours in every team language.",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Make room for everyone",
                            "text": "<p>Some people need time to think before they speak, and some are still learning the team's main language. Try going around the circle, or give one minute of silent writing time before open discussion.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "one-on-one-conversations",
                "title": "One-on-One Conversations",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>A one-on-one is a planned conversation, usually 30 to 45 minutes, to learn someone's story, values and interests. It is the most important tool an organizer has. Teams are built one relationship at a time.</p>"
                        "<p>A one-on-one is not a recruitment pitch or a job interview. Spend most of the time listening. Ask why: why they care about this issue, why they came to the first meeting, what in their life made them who they are. Share your own story too, so it is a real exchange.</p>"
                        "<h2>Good questions to ask</h2>"
                        "<ul><li>What would you change about your neighborhood if you could?</li>"
                        "<li>Who taught you to stand up for yourself or for others?</li>"
                        "<li>What are you good at that most people don't know?</li>"
                        "<li>What do you want to learn by being part of this team?</li></ul>"
                        "<p>End with a clear ask that fits what you heard, such as leading a small part of the next action.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "My team lead asked me what I was good at. I said drawing. Two weeks later I was designing our flyers in Khmer and English. Nobody had ever asked me that before.",
                            "attribution": "Sophal",
                            "role": "2025 New Majority Fellow, Long Beach",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Schedule three one-on-ones this week. What do you most want to learn about each person?",
                            "guidance": "Write down their names and one question for each.",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "data-and-targeting",
        "title": "Data and Targeting",
        "summary": "Use voter data responsibly to decide who to reach, set goals and track your team's progress.",
        "lessons": [
            {
                "slug": "understanding-the-voter-file",
                "title": "Understanding the Voter File",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>The voter file is the list of registered voters that each county keeps. Campaigns use it, along with other data, to decide who to talk to. A record usually includes a voter's name, address, party preference, and which past elections they voted in. It never shows who someone voted for. Ballots are secret.</p>"
                        "<p>Our campaign tools add what we learn in conversations: whether we reached someone, their preferred language, and whether they made a plan to vote. Over time this data becomes one of our most valuable tools, and one of our biggest responsibilities.</p>"
                        "<h2>What the data can tell you</h2>"
                        "<ul><li>Who is registered but votes only sometimes.</li>"
                        "<li>Which neighborhoods have many new or young voters.</li>"
                        "<li>Who has already returned a ballot this election, so you can stop contacting them.</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "important",
                            "title": "Protecting people's data",
                            "text": "<p>Voter file data may only be used for purposes the law allows, such as election work, and must never be sold or shared outside the campaign. Never add immigration status, or guesses about it, to any record or note. Do not download lists to personal devices, and always log out of tools on shared computers.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Why might people in our communities worry about how their information is used? How can your team earn and keep their trust?",
                            "guidance": "",
                        },
                    ),
                ],
            },
            {
                "slug": "choosing-who-to-reach",
                "title": "Choosing Who to Reach",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>No campaign can talk to everyone. A <b>universe</b> is the list of people you plan to contact. Choosing it well is how a small team makes a big difference.</p>"
                        "<p>In our work, we usually focus on people who are registered but vote only sometimes, newly registered voters, young voters, and voters in neighborhoods with many immigrant and refugee families. These voters are often ignored by other campaigns, which is exactly why a conversation with us can matter so much.</p>"
                        "<h2>Sizing your universe</h2>"
                        "<p>Start from your capacity. If your team can run 20 canvass shifts of 8 people, and each person talks with about 15 voters per shift, that is about 2,400 conversations. Since most doors will not open, you may need a universe of 8,000 to 12,000 voters to reach that many. Adjust after the first weeks based on your real numbers.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Targeting is not judging",
                            "text": "<p>Leaving someone off a list does not mean they do not matter. It means you are putting limited time where it can change the most. Anyone who wants to get involved is always welcome.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Building a universe with your data lead",
                            "items": [
                                "Define the area: which precincts, neighborhoods or districts.",
                                "Choose which voters to include, such as sometimes-voters and new registrants.",
                                "Remove people who have already voted as ballot return data comes in.",
                                "Estimate how many conversations your team can realistically have.",
                                "Split the list into turfs and call lists by language.",
                                "Review the results every week and adjust.",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "setting-and-tracking-goals",
                "title": "Setting and Tracking Goals",
                "estimated_minutes": 15,
                "required": False,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Goals turn hopes into plans. A strong campaign goal is specific, measurable and has a deadline, for example: <i>Our team will have 3,000 conversations with sometimes-voters in our district by Election Day.</i></p>"
                        "<p>Break the big goal into weekly targets for each team and volunteer. Track progress in a shared dashboard or simple spreadsheet, and review it at every team meeting. When the team is behind, talk about it openly and adjust. When the team is ahead, celebrate.</p>"
                        "<h2>Numbers to track</h2>"
                        "<ul><li><b>Attempts:</b> doors knocked and calls made.</li>"
                        "<li><b>Conversations:</b> real contacts with the voter you were looking for.</li>"
                        "<li><b>Commitments:</b> voters who made a plan to vote.</li>"
                        "<li><b>Volunteer shifts:</b> how many people showed up, and how many came back.</li></ul>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Weekly data routine",
                            "items": [
                                "Make sure every shift's data is synced by the end of the day.",
                                "Compare conversations with your weekly target every Monday.",
                                "Share a short progress update with the team, including one story.",
                                "Identify which turfs or call lists need more attention.",
                                "Thank the volunteers who did the most shifts that week.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "If your team is 30 percent behind its goal with three weeks to go, what three things would you try first?",
                            "guidance": "Think about volunteers, turf, timing and morale, not only the numbers.",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "storytelling-for-change",
        "title": "Storytelling for Change",
        "summary": "Tell stories that move people to act, and protect the people whose stories you share.",
        "lessons": [
            {
                "slug": "story-of-self-us-and-now",
                "title": "Story of Self, Us and Now",
                "estimated_minutes": 25,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Stories move people in a way facts alone cannot. A well-told story helps listeners feel why something matters and believe they can act. Many organizers use a three-part structure.</p>"
                        "<ul><li><b>Story of self:</b> a moment in your life when you faced a challenge, made a choice, and learned something. It shows why you care.</li>"
                        "<li><b>Story of us:</b> the values and experiences you share with your listeners. It shows why they should care, together.</li>"
                        "<li><b>Story of now:</b> the urgent challenge your community faces today, and the specific action you are asking people to take.</li></ul>"
                        "<p>A good public story takes two to three minutes. Focus on one specific moment with details people can picture: the smell of the kitchen, the words someone said, the feeling in your chest. One clear moment is stronger than a list of hardships.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Find the choice",
                            "text": "<p>The heart of a story of self is a choice you made. What was the challenge? What did you choose to do? What happened, and what did you learn? Listeners connect with the choice, not only with the hardship.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Describe one moment in your life when you chose to speak up or act. What did you learn?",
                            "guidance": "Start with where you were and what you could see and hear.",
                        },
                    ),
                ],
            },
            {
                "slug": "telling-stories-with-care",
                "title": "Telling Stories with Care and Consent",
                "estimated_minutes": 20,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Our communities' stories are powerful, and sharing them can carry real risks. A story that names someone's workplace, health, family details or immigration situation could expose them to harm. Before any story goes public, the storyteller must understand where it will appear, who might see it, and that they can say no at any time.</p>"
                        "<p>Consent is not a one-time signature. Check in again before publishing, and respect it if someone changes their mind, even at the last minute. When in doubt, leave it out.</p>"
                        "<h2>Ways to protect storytellers</h2>"
                        "<ul><li>Use first names only, or a different name, if the person prefers.</li>"
                        "<li>Leave out details that could identify someone, like a street, employer or school.</li>"
                        "<li>Do not photograph faces without clear permission, including in crowds.</li>"
                        "<li>Let storytellers review their words before they are shared.</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "important",
                            "title": "Immigration details stay private",
                            "text": "<p>We never share anyone's immigration status, or details that could reveal it, in a story, caption or post. If a storyteller wants to speak publicly about their own immigration experience, connect them with your program lead first, so they can talk with a qualified immigration attorney before deciding. It is their choice, made with full information.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before sharing someone's story",
                            "items": [
                                "Explain where the story will appear and who could see it.",
                                "Ask which name they want used, if any.",
                                "Remove details that could identify them or their family.",
                                "Ask permission for every photo and video.",
                                "Let them review the final version.",
                                "Tell them how to ask you to take it down later.",
                                "If they ask, take it down right away.",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "stories-on-social-media",
                "title": "Stories on Social Media",
                "estimated_minutes": 15,
                "required": False,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Social media lets young organizers reach thousands of people in minutes. Short videos, photo posts and messages in group chats can turn out voters, recruit volunteers and push back on false information. They can also spread mistakes and expose people to harassment.</p>"
                        "<h2>What works</h2>"
                        "<ul><li>Real people speaking in their own voice and language, not polished ads.</li>"
                        "<li>One message per post, with a clear action: check your registration, return your ballot, come to the meeting.</li>"
                        "<li>Captions and subtitles, since many people watch without sound.</li>"
                        "<li>Posting when your audience is online, such as evenings and weekends.</li></ul>"
                        "<p>Remember that campaign accounts speak for the organization. Stay nonpartisan, check every voting fact against official sources, and never post voter lists, screenshots of data, or photos of other people's ballots.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "My first video explaining same-day registration in Spanish and English got more views than anything we had ever posted. It was just me talking in my kitchen.",
                            "attribution": "Luis",
                            "role": "2024 New Majority Fellow, Bakersfield",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Plan one short post that shares a true voting fact and a clear action. Who is it for, and in which language will you post it?",
                            "guidance": "",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "sustaining-yourself-and-your-community",
        "title": "Sustaining Yourself and Your Community",
        "summary": "Recognize burnout, practice collective care, and make a plan to keep organizing for the long run.",
        "lessons": [
            {
                "slug": "recognizing-burnout",
                "title": "Recognizing and Preventing Burnout",
                "estimated_minutes": 15,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Organizing is meaningful, and it can be exhausting. Late nights, weekend shifts, hard conversations and the weight of our communities' struggles add up. Many young organizers also carry family responsibilities, work or school at the same time.</p>"
                        "<p>Burnout does not happen all at once. Early signs include trouble sleeping, feeling numb or irritable, dreading messages from your team, getting sick more often, and losing touch with why you started. Noticing the signs early makes recovery much easier.</p>"
                        "<h2>Rest is part of the work</h2>"
                        "<p>A movement that burns through its young leaders cannot win in the long run. Taking a day off, saying no to an extra shift, or asking for help is not weakness. It is how you stay in this work for years.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Weekly self-check",
                            "items": [
                                "Did I sleep enough most nights this week?",
                                "Did I eat real meals and drink enough water?",
                                "Did I spend time with people outside of organizing?",
                                "Did I do at least one thing just for joy?",
                                "Is there a task I should hand off or say no to?",
                                "Do I need to talk with someone I trust about how I am feeling?",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "important",
                            "title": "If you are struggling",
                            "text": "<p>If you are in crisis or thinking about harming yourself, call or text 988, the national crisis line, any time of day or night. You can also talk with your mentor or program lead, who can help you find counseling in your language.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "What are your personal early warning signs of burnout, and what is one thing that helps you recover?",
                            "guidance": "Share your answer with your mentor so they can check in with you.",
                        },
                    ),
                ],
            },
            {
                "slug": "collective-care",
                "title": "Collective Care",
                "estimated_minutes": 15,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>Self-care matters, but it is not enough. Many of our communities have long traditions of caring for each other: sharing meals, watching each other's children, pooling money in savings circles, praying together. Collective care brings those traditions into the way our teams work.</p>"
                        "<p>Collective care means the team takes responsibility for everyone's wellbeing, not only each person for their own. It shows up in planning: realistic shift schedules, rides home after late events, rotating difficult tasks, and building rest into the calendar before Election Day, not after.</p>"
                        "<h2>Practices teams have used</h2>"
                        "<ul><li>A buddy system where each member checks on one other person every week.</li>"
                        "<li>A shared meal after every big action.</li>"
                        "<li>A rule that no one works more than six days in a row.</li>"
                        "<li>Time for appreciations at the end of every meeting.</li>"
                        "<li>A small shared fund for emergencies, like a car repair or a bus pass.</li></ul>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "In the last week of the campaign, our team lead sent two of us home to rest. I was upset at the time. Now I do the same for my own team.",
                            "attribution": "Fatima",
                            "role": "2025 New Majority Fellow, San Diego",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Plan the rest before the rush",
                            "text": "<p>Put rest days and the post-election celebration on the calendar at the start of the campaign. If it is not on the calendar, it will not happen.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "your-sustainability-plan",
                "title": "Your Sustainability Plan",
                "estimated_minutes": 30,
                "required": True,
                "preview": False,
                "body": [
                    (
                        "text",
                        "<p>As the fellowship ends, each fellow writes a sustainability plan: a simple, personal document about how you will keep organizing in a way that is healthy for you and the people around you. It covers your goals, your boundaries and your support system.</p>"
                        "<p>Your plan is private unless you choose to share it. Many fellows share parts of it with their mentor or a trusted teammate, who can remind them of it during busy seasons.</p>"
                        "<h2>What to include</h2>"
                        "<ul><li>Your organizing goals for the next year.</li>"
                        "<li>The boundaries you will keep, such as hours when you do not answer messages.</li>"
                        "<li>Three people you can call when things are hard.</li>"
                        "<li>The practices that restore you: faith, movement, art, family, nature.</li>"
                        "<li>Your early warning signs, and what you will do when you notice them.</li></ul>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Finishing your plan",
                            "items": [
                                "Write your goals for the next twelve months.",
                                "List your boundaries and share them with your team.",
                                "Name three people in your support system, and tell them.",
                                "Put three rest days on your calendar now.",
                                "Schedule a check-in with your mentor in three months.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "What kind of organizer do you want to be five years from now, and what will help you still be doing this work?",
                            "guidance": "Think about your health, relationships and learning, not only your role.",
                        },
                    ),
                ],
            },
        ],
    },
]

PROGRAMS = [
    {
        "slug": "boot-camp",
        "title": "Movement Building Electoral Organizing Boot Camp",
        "summary": "A hands-on training in leading with culture, canvassing, phonebanking and strategic communications for community members ready to build the voting power of immigrant, refugee and young voters of color.",
        "audience": "Community members of any experience level, especially immigrants, refugees and young people of color, who want to organize their neighborhoods.",
        "duration": "Six weekends, September to November, with Northern and Southern California cohorts",
        "languages_offered": ["en", "es", "zh-hant"],
        "body": [
            (
                "text",
                "<p>Every fall, we bring together community members in Northern and Southern California for six weekends of training and real campaign work. You will learn the skills behind successful voter engagement campaigns and use them right away, in your own neighborhood, alongside people who share your story.</p>"
                "<h2>What you will learn</h2>"
                "<ul><li>How to lead with culture and build trust across languages and generations.</li>"
                "<li>How to share your story and connect it to our communities' histories.</li>"
                "<li>How to canvass door to door and phonebank safely and effectively.</li>"
                "<li>How to shape messages that reach people through the media they trust.</li>"
                "<li>How to keep building power after Election Day.</li></ul>"
                "<h2>How it works</h2>"
                "<p>Sessions meet in person on Saturdays, with short lessons to read on your phone between weekends. Interpretation is available in Spanish, Cantonese and Mandarin, and in other languages on request. Meals and childcare are provided, and no experience is needed.</p>",
            ),
            (
                "quote",
                {
                    "quote": "I came because a neighbor invited me. I stayed because, for the first time, I was learning about elections in my own language, with people who looked like my family.",
                    "attribution": "Rosa",
                    "role": "2025 Boot Camp participant, Fresno",
                },
            ),
        ],
        "modules": _BOOT_CAMP_MODULES,
    },
    {
        "slug": "new-majority-fellowship",
        "title": "New Majority Fellowship",
        "summary": "A multi-month fellowship for organizers ages 18 to 30 who are ready to lead campaigns, manage teams, and use data and storytelling to build lasting power in their communities.",
        "audience": "Young organizers ages 18 to 30, especially from immigrant, refugee and low-income communities of color, who have some volunteer or campaign experience.",
        "duration": "Six months, February to July, with a monthly in-person gathering",
        "languages_offered": ["en"],
        "body": [
            (
                "text",
                "<p>The New Majority Fellowship is for young people ready to move from volunteering to leading. Young people, immigrants and people of color are a growing share of California's voters, yet decisions are still too often made without us. This fellowship prepares the leaders who will change that.</p>"
                "<h2>What fellows do</h2>"
                "<ul><li>Map who holds power over an issue in their own city or county.</li>"
                "<li>Lead a volunteer team through a real voter engagement or issue campaign.</li>"
                "<li>Learn to read voter data, set goals and track progress.</li>"
                "<li>Tell stories that move people to act, with care for everyone's safety.</li>"
                "<li>Build habits that let them do this work for years, not months.</li></ul>"
                "<h2>Support</h2>"
                "<p>Each fellow is paired with a mentor, receives a stipend, and meets with their cohort every month. Sessions are offered in person and online, with interpretation available.</p>",
            ),
            (
                "quote",
                {
                    "quote": "The fellowship taught me I don't have to choose between my community and my future. I'm 23, and I lead a campaign team of fifteen people.",
                    "attribution": "Mai",
                    "role": "2025 New Majority Fellow, Sacramento",
                },
            ),
        ],
        "modules": _FELLOWSHIP_MODULES,
    },
]

TRANSLATIONS = {
    "es": {
        "program": {
            "slug": "boot-camp",
            "title": "Campamento de Organización Electoral para la Construcción de Movimientos",
            "summary": "Una capacitación práctica para liderar con la cultura, tocar puertas, hacer llamadas y comunicar con estrategia, para miembros de la comunidad listos para fortalecer el poder electoral de votantes inmigrantes, refugiados y jóvenes de color.",
            "audience": "Miembros de la comunidad con cualquier nivel de experiencia, especialmente inmigrantes, refugiados y jóvenes de color, que quieren organizar a sus vecindarios.",
            "duration": "Seis fines de semana, de septiembre a noviembre, con grupos en el norte y el sur de California",
            "body": [
                (
                    "text",
                    "<p>Cada otoño reunimos a miembros de la comunidad del norte y del sur de California durante seis fines de semana de capacitación y trabajo real de campaña. Usted aprenderá las habilidades detrás de las campañas exitosas de participación electoral y las pondrá en práctica de inmediato, en su propio vecindario, junto a personas que comparten su historia.</p>"
                    "<h2>Lo que aprenderá</h2>"
                    "<ul><li>Cómo liderar con la cultura y generar confianza entre idiomas y generaciones.</li>"
                    "<li>Cómo compartir su historia y conectarla con la historia de nuestras comunidades.</li>"
                    "<li>Cómo tocar puertas y hacer llamadas a votantes de manera segura y eficaz.</li>"
                    "<li>Cómo crear mensajes que lleguen a la gente a través de los medios en los que confía.</li>"
                    "<li>Cómo seguir construyendo poder después del día de las elecciones.</li></ul>"
                    "<h2>Cómo funciona</h2>"
                    "<p>Las sesiones son presenciales los sábados, con lecciones cortas para leer en su teléfono entre un fin de semana y otro. Hay interpretación al español, cantonés y mandarín, y a otros idiomas si la solicita. Ofrecemos comida y cuidado de niños, y no se necesita experiencia.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Vine porque una vecina me invitó. Me quedé porque, por primera vez, estaba aprendiendo sobre las elecciones en mi propio idioma, con personas que se parecían a mi familia.",
                        "attribution": "Rosa",
                        "role": "Participante del Campamento 2025, Fresno",
                    },
                ),
            ],
        },
        "module_slug": "leading-with-culture",
        "module": {
            "title": "Liderar con la cultura",
            "summary": "Por qué empezamos cada campaña desde las culturas de nuestras comunidades, y cómo lograr que cada reunión, acción y material se sienta como en casa.",
        },
        "lessons": {
            "why-culture-first": {
                "title": "Por qué lideramos con la cultura",
                "body": [
                    (
                        "text",
                        "<p>La mayoría de las personas no se despiertan pensando en las elecciones. Piensan en la renta, en la escuela de sus hijos, en la salud de su mamá o su papá, en el turno de trabajo que les quitaron. La cultura es la forma en que nos acercamos antes de hablar de una boleta: la comida que compartimos, los idiomas que hablamos en casa, las canciones, las oraciones y los chistes que nos dicen que pertenecemos.</p>"
                        "<p>Cuando lideramos con la cultura, partimos de quiénes ya son las personas. Una jornada de tocar puertas que empieza con una canción en hmong, o una sesión de llamadas que empieza con pan dulce y una historia, le dice a la gente: este espacio es suyo. Quien se siente en casa regresa, y quien regresa se convierte en líder.</p>"
                        "<h2>Lo que no es liderar con la cultura</h2>"
                        "<ul><li>No es una decoración que se agrega después de planear el trabajo de verdad.</li>"
                        "<li>No es actuar una cultura que no es la suya, ni pedirle a una sola persona que hable por toda una comunidad.</li>"
                        "<li>No es una excusa para evitar las peticiones difíciles. La cultura construye la confianza que hace posible la petición.</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Por qué importa para el voto",
                            "text": "<p>A muchas de las personas con quienes hablamos les han dicho, directa o indirectamente, que votar no es para ellas. Un mensaje de alguien que comparte su idioma y su experiencia pesa más que un folleto de un desconocido. La confianza es la base de cada conversación que tenemos con un votante.</p>",
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "En mi primera reunión abrieron con una canción que mi abuela cantaba en Oaxaca. Todavía no conocía a nadie, pero supe que me podía quedar.",
                            "attribution": "Marisol",
                            "role": "Participante del Campamento 2024, Salinas",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "Piense en una ocasión en que sintió que de verdad pertenecía a un grupo. ¿Qué hicieron, dijeron o compartieron las personas para que se sintiera así?",
                            "guidance": "Anote dos o tres cosas concretas. Las usaremos cuando planeemos nuestra primera reunión de equipo.",
                        },
                    ),
                ],
            },
            "culture-in-every-meeting": {
                "title": "La cultura en cada reunión y cada acción",
                "body": [
                    (
                        "text",
                        "<p>Liderar con la cultura es una práctica, no un evento de una sola vez. Se nota en las pequeñas decisiones que tomamos cada vez que nos reunimos.</p>"
                        "<h2>Abrir con conexión</h2>"
                        "<p>Empiece las reuniones con una ronda corta que se pueda contestar en cualquier idioma: una comida que le recuerde su hogar, una canción con la que creció, una persona que le enseñó a defenderse. Pida una sola frase por persona para que todos tengan su turno.</p>"
                        "<h2>Compartir la comida y el tiempo</h2>"
                        "<p>Muchas veces la comida es la forma en que nuestras familias demuestran cariño. Cuando el presupuesto lo permita, compre en negocios familiares del vecindario donde está organizando. Fije los horarios tomando en cuenta los turnos de trabajo, la salida de la escuela y los días festivos religiosos, no solo lo que le conviene al personal.</p>"
                        "<h2>Hacer del arte parte del mensaje</h2>"
                        "<p>Las mantas, los carteles, los poemas y la música pueden llevar un mensaje más lejos que un volante. Invite a artistas jóvenes a diseñar los materiales y deles crédito por su nombre.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Cómo planear una reunión de equipo que empiece con la cultura",
                            "items": [
                                "Pregunte a dos miembros del equipo qué haría que el espacio se sintiera acogedor para sus familias.",
                                "Elija una pregunta de apertura que cualquiera pueda contestar en una frase.",
                                "Confirme que habrá interpretación para cada idioma que habla su equipo.",
                                "Pida la comida a un negocio del vecindario y pregunte si hay necesidades alimentarias especiales.",
                                "Elija un horario que respete los turnos de trabajo, la salida de la escuela y los días festivos.",
                                "Organice cuidado de niños para que las madres y los padres puedan participar.",
                                "Cierre con un momento compartido: una canción, una consigna o que cada persona diga un compromiso.",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Pregunte, no suponga",
                            "text": "<p>Las comunidades no son todas iguales. Dos familias del mismo país pueden rezar de manera distinta, hablar idiomas diferentes y celebrar otras fiestas. Si tiene dudas, pregunte a las personas presentes cómo les gustaría abrir o cerrar la reunión.</p>",
                        },
                    ),
                ],
            },
            "language-justice": {
                "title": "Justicia de idiomas en nuestros espacios",
                "body": [
                    (
                        "text",
                        "<p>La justicia de idiomas significa que todas las personas pueden entender y ser entendidas en el idioma en el que se sienten más fuertes. En nuestro trabajo no es un favor para quienes no hablan inglés. Es la manera de asegurar que las personas más afectadas por las decisiones participen en tomarlas.</p>"
                        "<h2>En las reuniones</h2>"
                        "<ul><li>Ofrezca interpretación para cada idioma presente y pruebe el equipo antes de empezar.</li>"
                        "<li>Pida a quienes hablan que vayan despacio y hagan pausas para que los intérpretes puedan seguirles el ritmo.</li>"
                        "<li>Deje que cada persona hable en su propio idioma. El intérprete transmite las palabras; quien habla conserva la palabra.</li></ul>"
                        "<h2>En los materiales</h2>"
                        "<p>Escriba primero en lenguaje sencillo y después traduzca. Las frases cortas y las palabras comunes se traducen mejor. Siempre que sea posible, pida a un hablante nativo de la comunidad que revise la traducción, porque una palabra correcta en un país puede sonar rara, o hasta grosera, en otro.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "important",
                            "title": "Materiales para votar en muchos idiomas",
                            "text": "<p>Las oficinas electorales de los condados de California ofrecen materiales para votar en muchos idiomas, y los votantes pueden llevar a alguien de su confianza para que les ayude a votar. Cuando hablamos con votantes, les indicamos que acudan a la oficina electoral de su condado para obtener boletas y guías traducidas. Nunca llenamos ni marcamos la boleta de nadie.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "¿Qué idiomas se hablan en los vecindarios donde usted organiza, y cuáles faltan hoy en su equipo?",
                            "guidance": "Piense en a quién podría invitar, no solo en a quién podría contratar.",
                        },
                    ),
                ],
            },
        },
    },
    "zh-hant": {
        "program": {
            "slug": "boot-camp",
            "title": "運動建設選舉組織訓練營",
            "summary": "實作培訓課程，內容包括以文化為先、上門拜訪、電話聯絡和策略傳播，適合準備好提升移民、難民及有色族裔年輕選民投票力量的社區成員。",
            "audience": "任何經驗程度的社區成員，特別是希望在自己社區組織動員的移民、難民及有色族裔年輕人。",
            "duration": "九月至十一月，共六個週末，設北加州及南加州兩個學員班",
            "body": [
                (
                    "text",
                    "<p>每年秋天，我們在北加州和南加州召集社區成員，進行為期六個週末的培訓和真實的選民工作。您將學到成功的選民參與活動背後的技巧，並立即在自己的社區裡，與和您有相同經歷的人一起運用這些技巧。</p>"
                    "<h2>您將學到</h2>"
                    "<ul><li>如何以文化為先，跨越語言和世代建立信任。</li>"
                    "<li>如何分享自己的故事，並將它與我們社區的歷史連結起來。</li>"
                    "<li>如何安全而有效地上門拜訪和打電話聯絡選民。</li>"
                    "<li>如何設計訊息，透過人們信任的媒體傳達給他們。</li>"
                    "<li>如何在選舉日之後繼續建立力量。</li></ul>"
                    "<h2>上課方式</h2>"
                    "<p>課程於星期六面對面進行，每兩個週末之間有簡短的課文可以在手機上閱讀。我們提供西班牙語、粵語和普通話傳譯，其他語言可按要求安排。我們提供餐點和托兒服務，無需任何經驗。</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "我來是因為一位鄰居邀請我。我留下來，是因為我第一次能用自己的語言，和像我家人一樣的人一起學習關於選舉的事。",
                        "attribution": "Rosa",
                        "role": "2025年訓練營學員，弗雷斯諾",
                    },
                ),
            ],
        },
        "module_slug": "canvassing",
        "module": {
            "title": "上門拜訪選民",
            "summary": "上門對話如何進行、該說什麼、如何保障自身安全和保護選民隱私，以及如何為值班做好準備。",
        },
        "lessons": {
            "how-a-canvass-works": {
                "title": "上門拜訪如何進行",
                "body": [
                    (
                        "text",
                        "<p>上門拜訪是指挨家挨戶，親自與選民交談。這是幫助人們投票最有效的方法之一，因為與鄰居真誠交談，很難被忽視。我們的拜訪不分黨派：我們提供資訊、鼓勵人們投票，但絕不告訴任何人應該投票給誰。</p>"
                        "<h2>一次值班的流程</h2>"
                        "<ol><li>團隊在集合地點會合，進行簡短培訓和角色扮演。</li>"
                        "<li>每組兩人領取一個拜訪區域：一份地址和選民名單，在手機應用程式上或印在紙上。</li>"
                        "<li>每組敲門兩至三小時，並記錄每一次拜訪。</li>"
                        "<li>所有人返回集合地點，交回資料、分享故事並進行總結。</li></ol>"
                        "<p>大多數的門都不會打開，這很正常。一次好的值班可能有15至25次真正的對話。每一次對話都有意義，即使很短。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "可以分享的加州投票基本資訊",
                            "text": "<ul><li>加州每位有效登記選民在每次選舉前都會收到郵寄選票。</li>"
                            "<li>選民可以郵寄交回選票，或投入安全的選票投遞箱，或交到投票中心或投票站。郵寄的選票必須在選舉日當天或之前蓋上郵戳。</li>"
                            "<li>錯過登記截止日期的人，仍可透過當日（有條件）選民登記，在縣選舉辦公室或投票中心登記並投票，直到選舉日當天為止。</li>"
                            "<li>16歲和17歲的青少年可以預先登記，年滿18歲時登記即會生效。</li></ul>"
                            "<p>其他問題，請引導選民聯絡所屬縣的選舉辦公室。</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "敲陌生人的門，您最擔心的是什麼？什麼能幫助您做好準備？",
                            "guidance": "請坦白說出來。培訓員會根據大家的回答安排角色扮演練習。",
                        },
                    ),
                ],
            },
            "the-door-conversation": {
                "title": "門口的對話",
                "body": [
                    (
                        "text",
                        "<p>一次好的門口對話應該簡短、親切、清楚。您不是去爭辯輸贏的，而是去聆聽、說明這次選舉的重要性，並幫助對方訂出投票計劃。</p>"
                        "<p>我們使用簡單的五個步驟。請大聲練習，直到感覺自然，再用自己的方式表達。請使用選民偏好的語言；如果您不會說那種語言，請記下來，讓隊友跟進。</p>"
                        "<h2>聆聽比說話更重要</h2>"
                        "<p>提出一個開放式問題，然後停下來聽。當對方跟您談到房租或孩子的學校時，那就是他們可能去投票的原因。用他們自己的話，把選舉和他們關心的事連結起來。</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "門口對話的五個步驟",
                            "items": [
                                "介紹：說出您的名字，說明您是來自社區的義工，以及來訪的原因。",
                                "連結：提出一個開放式問題，例如他們家庭現在最關心的問題是什麼。",
                                "分享：用一兩句話把他們的回答與選舉連結起來，但不要告訴他們該怎樣投票。",
                                "計劃：問他們會在何時、何地、以什麼方式交回選票，以及可能會和誰一起去。",
                                "結束：向他們道謝，留下正確的印刷資料，並在走向下一戶之前記錄結果。",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "一位老先生告訴我，他已經二十年沒有投票了。我們聊了十分鐘他孫子的學校，然後他給我看放在廚房桌上的選票，說星期六會拿去交。",
                            "attribution": "Kevin",
                            "role": "2025年訓練營學員，聖荷西",
                        },
                    ),
                ],
            },
            "staying-safe-and-respecting-privacy": {
                "title": "保障安全與尊重隱私",
                "body": [
                    (
                        "text",
                        "<p>您的安全和您交談對象的安全永遠放在第一位。沒有任何一扇門值得冒險。以下規則適用於每一次值班。</p>"
                        "<h2>您的安全</h2>"
                        "<ul><li>兩人一組拜訪，並保持在搭檔看得見或聽得到的範圍內。</li>"
                        "<li>即使受到邀請，也不要進入任何人的家。請在門口或門廊交談。</li>"
                        "<li>跳過任何讓您感到不安全的住戶，包括有狗沒拴好或貼有請勿敲門告示的住戶。相信您的直覺。</li>"
                        "<li>保持手機有電，並儲存值班負責人的電話號碼。</li></ul>"
                        "<h2>選民的隱私</h2>"
                        "<p>我們只記錄活動需要的資料：您是否與對方交談過、對方偏好的語言，以及投票計劃。如果選民問到有關移民的法律問題，請不要猜測。告訴對方您無法回答，並提供值班負責人給您的免費、可信賴的法律服務機構名單。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "important",
                            "title": "絕不詢問，絕不記錄",
                            "text": "<p>絕對不要詢問任何人或其家人的移民身份。如果有人主動告訴您，不要把它寫在應用程式、紙上或群組聊天裡。選民的信任和他們家人的安全，都取決於此。</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "值班時如果感覺不對勁",
                            "items": [
                                "停下來，和搭檔一起退回到人行道上。",
                                "冷靜地離開該區域。您不需要解釋。",
                                "立即打電話或傳訊息給值班負責人。",
                                "如果有人面臨即時危險，請撥打911。",
                                "確定安全後，寫下發生的事情，並在總結時分享。",
                            ],
                        },
                    ),
                ],
            },
            "your-canvass-day": {
                "title": "您的拜訪日：一步一步來",
                "body": [
                    (
                        "text",
                        "<p>準備充分，值班就能從緊張變成順利。請在拜訪前一天和當天使用這份清單。值班幾次之後，大部分步驟都會變成習慣。</p>"
                        "<p>上門拜訪是團隊合作。互相打氣，在總結時分享有趣的時刻，並慶祝整個團隊的對話總數，而不只是您自己的。</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "值班前、值班中和值班後",
                            "items": [
                                "前一天晚上，與值班負責人確認值班時間和集合地點。",
                                "為手機充電，登入拜訪應用程式；如有需要，下載您的拜訪區域。",
                                "準備好水、零食、防曬用品、舒適的鞋子和義工名牌。",
                                "在集合地點，與搭檔大聲練習門口對話至少兩次。",
                                "與搭檔約定報到時間和會合地點。",
                                "在每一戶門前，敲門、退後一步、微笑並自我介紹。",
                                "記錄每一戶的結果，包括無人應門，然後才前往下一戶。",
                                "絕不要把資料放進信箱；請放在門口或大門上。",
                                "準時返回集合地點，交回資料並同步您的數據。",
                                "在總結時分享一個在門口發生的故事。",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "您的第一次值班",
                            "text": "<p>請與有經驗的拜訪義工搭檔。先看他們拜訪頭幾戶，然後輪流進行。沒有人第一天就能有完美的對話。</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": "第一次值班之後：哪一次對話讓您難忘？下次您會有什麼不同的做法？",
                            "guidance": "在總結時或與搭檔分享您的答案。",
                        },
                    ),
                ],
            },
        },
    },
}
