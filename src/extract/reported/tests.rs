//! [`find`] and [`last_person`] on sentences from the sample transcripts.

use super::*;

fn check(s: &str, expect: &[(&str, &[&str], ReportKind)]) {
    let got: Vec<(&str, Vec<String>, ReportKind)> = find(s)
        .into_iter()
        .map(|r| (&s[r.range], r.who, r.kind))
        .collect();
    let want: Vec<(&str, Vec<String>, ReportKind)> = expect
        .iter()
        .map(|(t, w, k)| (*t, w.iter().map(|x| x.to_string()).collect(), *k))
        .collect();
    assert_eq!(got, want, "in {s:?}");
}

use ReportKind::{Direct, Indirect};

/// Whom each report of `s` refers to and the words reported.
fn refers_and_words(s: &str) -> Vec<(Refers, &str)> {
    find(s)
        .into_iter()
        .map(|r| (r.refers, &s[r.range]))
        .collect()
}

#[test]
fn direct_quotes_with_attribution_before() {
    check(
        "Swedish Foreign Minister Ann Linde wrote: “A healthy and vibrant opposition should be welcomed.”",
        &[(
            "A healthy and vibrant opposition should be welcomed.",
            &["Swedish Foreign Minister Ann Linde"],
            Direct,
        )],
    );
    check(
        "Foreign Minister of New Zealand Nanaia Mahuta said: “Civil society and political opposition must be able to operate freely – these are essential elements of democratic societies.”",
        &[(
            "Civil society and political opposition must be able to operate freely – these are essential elements of democratic societies.",
            &["Foreign Minister of New Zealand Nanaia Mahuta"],
            Direct,
        )],
    );
    check(
        "Speaking about riots in the Netherlands on Sunday, Acting Prime Minister Mark Rutte said: “This has nothing to do with protest, this is criminal violence and we will treat it as such.”",
        &[(
            "This has nothing to do with protest, this is criminal violence and we will treat it as such.",
            &["Acting Prime Minister Mark Rutte"],
            Direct,
        )],
    );
    check(
        "Sergey Lavrov said the following about Nagorno-Karabakh during a recent big news conference: “During our contacts with our colleagues, President Putin and I promoted the need to continue to consider this matter [the return of Armenian POWs – Ed.] in order to bring it to a closure based on the “all for all” principle.”",
        &[(
            "During our contacts with our colleagues, President Putin and I promoted the need to continue to consider this matter [the return of Armenian POWs – Ed.] in order to bring it to a closure based on the “all for all” principle.",
            &["Sergey Lavrov"],
            Direct,
        )],
    );
    check(
        "President Frank-Walter Steinmeier called them “repulsive.”",
        &[("repulsive.", &["President Frank-Walter Steinmeier"], Direct)],
    );
    check(
        "Spokesman for the German Government Steffen Seibert pointed to “an abuse of the right to demonstrate.”",
        &[(
            "an abuse of the right to demonstrate.",
            &["Spokesman for the German Government Steffen Seibert"],
            Direct,
        )],
    );
}

#[test]
fn multi_sentence_quotes_and_quotes_after() {
    check(
        "Thus, Minister of Justice and Security of the Netherlands Ferdinand Grapperhaus said: “Shocking images of riots, looting and arson are circulating. This has nothing to do with demonstrating against the coronavirus measures. This is simply criminal behaviour.”",
        &[
            (
                "Shocking images of riots, looting and arson are circulating.",
                &["Minister of Justice and Security of the Netherlands Ferdinand Grapperhaus"],
                Direct,
            ),
            (
                "This has nothing to do with demonstrating against the coronavirus measures.",
                &["Minister of Justice and Security of the Netherlands Ferdinand Grapperhaus"],
                Direct,
            ),
            (
                "This is simply criminal behaviour.",
                &["Minister of Justice and Security of the Netherlands Ferdinand Grapperhaus"],
                Direct,
            ),
        ],
    );
    check(
        "“My city is crying, and so am I,” Eindhoven Mayor John Jorritsma told reporters on Sunday night.",
        &[(
            "My city is crying, and so am I",
            &["Eindhoven Mayor John Jorritsma"],
            Direct,
        )],
    );
    check(
        "He described the rioters as “the scum of the earth,” adding: “I am afraid that if we continue down this path, we’re on our way to civil war.”",
        &[
            ("the scum of the earth", &[], Direct),
            (
                "I am afraid that if we continue down this path, we’re on our way to civil war.",
                &[],
                Direct,
            ),
        ],
    );
}

#[test]
fn scare_quotes_are_not_reported_speech() {
    check(
        "In their own countries our Western partners explain forced restrictions of civil rights and freedoms by the need to ensure “national security interests” whereas in Russia they call the same actions “suppression of peaceful protests.”",
        &[],
    );
    check(
        "back when Russia was accused of “interference” in the US elections.",
        &[],
    );
    // (but "the “irrefutable proof” he had said publicly they have" is his
    // phrase: a_quoted_phrase_then_a_relative_clause_of_saying)
}

#[test]
fn indirect_speech() {
    check(
        "As President Vladimir Putin and Foreign Minister Sergey Lavrov pointed out, the best solution would be an exchange based on the “all for all” principle.",
        &[(
            "the best solution would be an exchange based on the “all for all” principle.",
            &["President Vladimir Putin", "Foreign Minister Sergey Lavrov"],
            Indirect,
        )],
    );
    check(
        "As Vladimir Putin said, don’t try to make retards out of us.",
        &[(
            "don’t try to make retards out of us.",
            &["Vladimir Putin"],
            Indirect,
        )],
    );
    check(
        "According to President Zelensky, Ukraine needs the Minsk agreements to maintain the sanctions against Russia.",
        &[(
            "Ukraine needs the Minsk agreements to maintain the sanctions against Russia.",
            &["President Zelensky"],
            Indirect,
        )],
    );
    check(
        "Alexey Navalny has said that he is returning home with a clear conscience, because he had not left Russia of his own free will.",
        &[(
            "he is returning home with a clear conscience, because he had not left Russia of his own free will.",
            &["Alexey Navalny"],
            Indirect,
        )],
    );
    check(
        "Czech Prime Minister Andrej Babis said that what happened merely confirms the feeling of the last few years that Russia is moving away from the community of democratic states.",
        &[(
            "what happened merely confirms the feeling of the last few years that Russia is moving away from the community of democratic states.",
            &["Czech Prime Minister Andrej Babis"],
            Indirect,
        )],
    );
    check(
        "Correspondent Galina Polonskaya, who was on the plane with Alexey Navalny, said that according to Charité doctors Navalny had been poisoned with a chemical warfare agent, which the OPCW later confirmed.",
        &[(
            "according to Charité doctors Navalny had been poisoned with a chemical warfare agent, which the OPCW later confirmed.",
            &["Correspondent Galina Polonskaya"],
            Indirect,
        )],
    );
    check(
        "The Kiev representative in the contact group, former President Leonid Kravchuk, declared that the Minsk agreements were the main obstacle to settling the Donbass problem.",
        &[(
            "the Minsk agreements were the main obstacle to settling the Donbass problem.",
            &["former President Leonid Kravchuk"],
            Indirect,
        )],
    );
    check(
        "President Zelensky said he could not do this but was only willing to agree to the proposed disengagement at three new check points.",
        &[(
            "he could not do this but was only willing to agree to the proposed disengagement at three new check points.",
            &["President Zelensky"],
            Indirect,
        )],
    );
    check(
        "It must have an opportunity to freely criticise the authorities, she added.",
        &[(
            "It must have an opportunity to freely criticise the authorities",
            &[],
            Indirect,
        )],
    );
}

#[test]
fn more_indirect_forms() {
    check(
        "We reiterate what President of Russia Vladimir Putin said in August 2020 when announcing the registration of the world’s first coronavirus vaccine: we are wide open to cooperation in these matters.",
        &[(
            "we are wide open to cooperation in these matters.",
            &["President of Russia Vladimir Putin"],
            Indirect,
        )],
    );
    check(
        "This is taking place at a time when the United States describes Russia as its main adversary and even enemy, as Mike Pompeo noted recently.",
        &[(
            "This is taking place at a time when the United States describes Russia as its main adversary and even enemy",
            &["Mike Pompeo"],
            Indirect,
        )],
    );
    check(
        "As Deputy Chief of Staff of the Presidential Executive Office, Dmitry Kozak, said they failed to come to terms on a single issue.",
        &[(
            "they failed to come to terms on a single issue.",
            &["Deputy Chief of Staff of the Presidential Executive Office Dmitry Kozak"],
            Indirect,
        )],
    );
    check(
        "Navalny claims that he has been poisoned by the Russian state and by President Putin personally.",
        &[(
            "he has been poisoned by the Russian state and by President Putin personally.",
            &["Navalny"],
            Indirect,
        )],
    );
    check(
        "He said openly in one of his statements that the new administration must not fall into the Russian trap.",
        &[(
            "the new administration must not fall into the Russian trap.",
            &[],
            Indirect,
        )],
    );
}

#[test]
fn last_person_named() {
    // A title split by "of" stays with the name (sample corpus, 000:158):
    // the speaker's title is "Former US Secretary of State", not "State".
    assert_eq!(
        last_person("Former US Secretary of State Rex Tillerson has refused to provide the “irrefutable proof” he had said publicly they have.").as_deref(),
        Some("Former US Secretary of State Rex Tillerson")
    );
    assert_eq!(
        last_person("I don’t know how the new US Special Presidential Envoy for Arms Control will formulate President Biden’s position, but Marshall Billingslea, who will leave the post in two days, cannot let up.").as_deref(),
        Some("Marshall Billingslea")
    );
    assert_eq!(
        last_person("We are interested in addressing problems through a dialogue."),
        None
    );
    // A person's own plan names the person (debate 2012-10-03): the next
    // "And he is saying that …" is Romney's; "the Lilly Ledbetter bill" is
    // a thing named after someone, not a person.
    assert_eq!(
        last_person("Now, Governor Romney's proposal that he has been promoting for 18 months calls for a five trillion dollar tax cut.").as_deref(),
        Some("Governor Romney")
    );
    assert_eq!(
        last_person("I signed the Lilly Ledbetter bill in my first year."),
        None
    );
}

#[test]
fn not_reported_speech() {
    // "they": a candidate only, which the document resolves to a group just
    // introduced ("I met a couple …, and they said"), else to no one.
    let they = "They said it was not the US Government that has shut out all those.";
    assert_eq!(
        find(they)
            .iter()
            .map(|r| r.refers.clone())
            .collect::<Vec<_>>(),
        [Refers::Plural]
    );
    check(
        "Much has been said about this recently in television reports.",
        &[],
    );
    check(
        "We have already published our answer to this on the Foreign Ministry’s website.",
        &[],
    );
    check(
        "As for what to expect from the new US Administration, so much has already been said about it.",
        &[],
    );
    check("As a result, over 250 people were detained.", &[]);
}

#[test]
fn countries_and_organisations_speak() {
    check(
        "Azerbaijan then stated that since they came to the area after the ceasefire had been announced, they should be considered separately.",
        &[(
            "since they came to the area after the ceasefire had been announced, they should be considered separately.",
            &["Azerbaijan"],
            Indirect,
        )],
    );
}

/// Reports with how they refer to the speaker.
fn refers(s: &str) -> Vec<(&str, Refers)> {
    find(s)
        .into_iter()
        .map(|r| (&s[r.range], r.refers))
        .collect()
}

// long: one assertion per sentence, a list of cases
#[test]
fn reporting_clauses_anywhere() {
    // From the White House briefings of February 2023 and the 2012 debates.
    assert_eq!(
        refers(
            "And finally, you’ve said you have no knowledge of any outreach to the Chinese yet from the administration."
        ),
        [(
            "you have no knowledge of any outreach to the Chinese yet from the administration.",
            Refers::Addressee
        )]
    );
    assert_eq!(
        refers("So, you said that the debris fell on frozen waters or in remote areas."),
        [(
            "the debris fell on frozen waters or in remote areas.",
            Refers::Addressee
        )]
    );
    assert_eq!(
        refers(
            "I know that the Defense Secretary says that his call to his counterpart was not returned from China."
        ),
        [(
            "his call to his counterpart was not returned from China.",
            Refers::Described("defense secretary".into())
        )]
    );
    assert_eq!(
        refers("The president said he'd cut the deficit in half."),
        [(
            "he'd cut the deficit in half.",
            Refers::Described("president".into())
        )]
    );
    // A modifier makes another person: not "the President".
    assert_eq!(
        refers("The Moldovan President just recently has said that there was a Russian plot."),
        [(
            "there was a Russian plot.",
            Refers::Described("moldovan president".into())
        )]
    );
    assert_eq!(
        refers("He has said it for the last two years."),
        [("He has said it for the last two years.", Refers::Pronoun)]
    );
    assert_eq!(
        refers("I said we're going to bet on American workers and the American auto industry."),
        [(
            "we're going to bet on American workers and the American auto industry.",
            Refers::Speaker
        )]
    );
    assert_eq!(
        refers(
            "Now, what Governor Romney has now said is he'll maintain traditional Medicare alongside it."
        ),
        [(
            "he'll maintain traditional Medicare alongside it.",
            Refers::Named
        )]
    );
    assert_eq!(
        refers(
            "You know, the President again, today, is calling for Congress to pass an assault weapons ban."
        ),
        [(
            "Congress to pass an assault weapons ban.",
            Refers::Described("president".to_string())
        )]
    );
    assert_eq!(
        refers(
            "President Biden noted how the sale will support over 1 million American jobs across 44 states."
        ),
        [(
            "how the sale will support over 1 million American jobs across 44 states.",
            Refers::Named
        )]
    );
    assert_eq!(
        refers("You heard him say that at the State of the Union."),
        [(
            "You heard him say that at the State of the Union.",
            Refers::Pronoun
        )]
    );
    check(
        "The CBO says we'll have a trillion-dollar deficit each of the next four years.",
        &[(
            "we'll have a trillion-dollar deficit each of the next four years.",
            &["Congressional Budget Office"],
            Indirect,
        )],
    );
    check(
        "And China said that they will take leader action.",
        &[("they will take leader action.", &["China"], Indirect)],
    );
}

#[test]
fn speech_not_asserted_is_not_reported() {
    for s in [
        // Negated, future, hypothetical, asked about.
        "I never said we had zero idea.",
        "The release didn’t say where he would be going.",
        "The President will make it very clear that we stand with Ukraine.",
        "The President would tell you that he is proud of the work.",
        "If he says that the plan adds to the deficit, he is wrong.",
        "Did you say that the balloon was Chinese?",
        // The speaker's own frames, not reports.
        "As I said, this was the size of a small car.",
        "Like I said, the lines of communication remain open.",
        "I’ve said it before, you’re probably tired of me hearing about — hearing me say it, but these are all sovereign decisions.",
        "I would say the relationship is strong.",
        // Beliefs are not speech.
        "And as the President believes, that security environment has changed.",
        // "States" in "the United States" is not a verb.
        "I don’t believe that the United States has made a call on that yet.",
        // A topic, not content.
        "But the president mentioned a couple of other ideas I'll just note.",
    ] {
        assert_eq!(refers(s), [], "{s}");
    }
}

#[test]
fn unmarked_speech_after_a_comma_and_adverbs_in_ly() {
    // The first 2012 presidential debate.
    assert_eq!(
        refers(
            "Governor Romney says, well, those top 3 percent, they're the job creators, they'd be burdened."
        ),
        [(
            "well, those top 3 percent, they're the job creators, they'd be burdened.",
            Refers::Named
        )]
    );
    assert_eq!(
        refers("And so Dodd-Frank correctly says we need to have qualified mortgages."),
        [("we need to have qualified mortgages.", Refers::Named)]
    );
    assert_eq!(
        last_described("Karine, on the President’s meeting today with the governors."),
        Some("president".to_string())
    );
}

#[test]
fn reports_made_by_a_noun() {
    // White House briefings of February 2023.
    check(
        "Q    Does the U.S. give any credence to the Chinese argument that this thing accidentally veered off course?",
        &[(
            "this thing accidentally veered off course?",
            &["China"],
            Indirect,
        )],
    );
    // Without a speaker, a noun reports nothing.
    assert_eq!(
        refers("There’s a lot of criticism out there that the President moved too quickly."),
        []
    );
}

#[test]
fn clause_without_that_after_a_name_or_a_count() {
    // 14 February 2023 briefing, line 427; the first 2012 debate, line 237.
    check(
        "Well, look, I mean, let’s — you said China has ignored that deal, but we have to be clear here that the previous administration’s deal did not address our concerns.",
        &[(
            "China has ignored that deal, but we have to be clear here that the previous administration’s deal did not address our concerns.",
            &[],
            Indirect,
        )],
    );
    check(
        "Right now, the CBO says up to 20 million people will lose their insurance as Obamacare goes into effect next year.",
        &[(
            "up to 20 million people will lose their insurance as Obamacare goes into effect next year.",
            &["Congressional Budget Office"],
            Indirect,
        )],
    );
    // A name that is an object or a time, with no verb after it, is not a clause.
    check("He told China about it yesterday, and it was fine.", &[]);
    check("They met Tuesday in Ohio.", &[]);
}

#[test]
fn clause_after_a_phrase_of_time_or_place() {
    check(
        "You said in the Rose Garden the day after the attack, it was an act of terror.",
        &[("it was an act of terror.", &[], Indirect)],
    );
    check(
        "He said in his first year he'd put out an immigration plan that would deal with our immigration challenges.",
        &[(
            "he'd put out an immigration plan that would deal with our immigration challenges.",
            &[],
            Indirect,
        )],
    );
    check(
        "He said when I took office, the price of gasoline was $1.80, $1.86.",
        &[(
            "when I took office, the price of gasoline was $1.80, $1.86.",
            &[],
            Indirect,
        )],
    );
    check(
        "He said during this meeting that Republicans are trying to close off the possibility of cutting defense spending.",
        &[(
            "Republicans are trying to close off the possibility of cutting defense spending.",
            &[],
            Indirect,
        )],
    );
    // A phrase and no clause after it: nothing said.
    check("He said in Ohio, where he was campaigning.", &[]);
    check("He said in a speech about the economy and jobs.", &[]);
}

#[test]
fn attribution_with_as_inside_a_sentence() {
    check(
        "In the meantime, as President Zelenskyy very eloquently said over in Munich, there’s a need — a real need, an urgent need — for the rest of the global community to come together.",
        &[(
            "there’s a need — a real need, an urgent need — for the rest of the global community to come together.",
            &["President Zelenskyy"],
            Indirect,
        )],
    );
    check(
        "As you heard General VanHerck mention last night, they have modified the filters and the gains of the radars.",
        &[(
            "they have modified the filters and the gains of the radars.",
            &["General VanHerck"],
            Indirect,
        )],
    );
    // What follows goes on the words before: the whole clause was said.
    check(
        "We waited, as he said, for more than a week.",
        &[(
            "We waited, as he said, for more than a week.",
            &[],
            Indirect,
        )],
    );
    // The speaker's own frame, a comparison.
    check(
        "And on sanctions, look, as I said before, we’ve put in the toughest sanctions ever.",
        &[],
    );
    check(
        "It was a great day, as well as a good one, for everyone here.",
        &[],
    );
}

#[test]
fn people_a_pronoun_may_mean() {
    // A title and a name opening the sentence; not "What I".
    assert_eq!(
        last_person("President Obama was right, ").as_deref(),
        Some("President Obama")
    );
    assert_eq!(last_person("What I want to say is, "), None);
    // "Department" heads an organisation, not a person.
    assert_eq!(
        last_person("Well, the Department of Energy made that decision."),
        None
    );
    // "the state" is not a person; "the president" is.
    assert_eq!(
        last_described("We did it in my state and in the state."),
        None
    );
    assert_eq!(
        last_described("when the president ran for office, ").as_deref(),
        Some("president")
    );
    // An unnamed person introduced before the pronoun.
    assert_eq!(
        indefinite_in("I was in Dayton, Ohio, and a woman grabbed my arm and "),
        Some(("a woman".to_string(), false))
    );
    assert_eq!(
        indefinite_in("I had a friend who "),
        Some(("a friend".to_string(), false))
    );
    assert_eq!(
        indefinite_in("I met a couple in Appleton, Wisconsin, and "),
        Some(("a couple".to_string(), true))
    );
    assert_eq!(indefinite_in("Governor Romney not only opposed it, "), None);
    // A plural object of a preposition is a group "they" may mean (the
    // second 2012 debate); a definite one is not.
    assert_eq!(
        indefinite_in("I talk to small businesses across the country."),
        Some(("small businesses".to_string(), true))
    );
    assert_eq!(indefinite_in("I talk to the businesses in my state."), None);
    // A definite group that opens a clause is one "they" may mean (a 2023
    // briefing); one inside a clause is not.
    assert_eq!(
        indefinite_in("And the military leaders come to you and "),
        Some(("the military leaders".to_string(), true))
    );
    assert_eq!(
        indefinite_in("We briefed the military leaders yesterday, and "),
        None
    );
}

#[test]
fn clear_that_whose_that_and_descriptions_after_a_name() {
    check(
        "General Allen, our commander in Afghanistan, says that Americans continue to die at the hands of groups who are supported by Pakistan.",
        &[(
            "Americans continue to die at the hands of groups who are supported by Pakistan.",
            &["General Allen"],
            Indirect,
        )],
    );
    check(
        "During his recent trip to Israel, Secretary Blinken was clear that all parties should refrain from actions that heighten tensions.",
        &[(
            "all parties should refrain from actions that heighten tensions.",
            &["Secretary Blinken"],
            Indirect,
        )],
    );
    check(
        "But just a few years ago you said that’s something you’d never do.",
        &[("that’s something you’d never do.", &[], Indirect)],
    );
    check(
        "Again, what I said before is that the intelligence community is considering it as a leading explanation.",
        &[(
            "the intelligence community is considering it as a leading explanation.",
            &[],
            Indirect,
        )],
    );
    // "clear" reports only after a form of "be" and with a subject.
    check("It is clear that the economy is growing.", &[]);
    check("We need to clear the area before the storm.", &[]);
}

#[test]
fn passives_and_that_in_fact() {
    // The one asked or told heard the words.
    check(
        "He was on 60 Minutes just two weeks ago and he was asked: Is it fair for somebody like you to pay a lower tax rate?",
        &[],
    );
    check(
        "Last week, we were told several times that every precaution was taken.",
        &[],
    );
    check(
        "Governor Romney not only opposed it, he suggested that in fact employers should be able to make the decision.",
        &[(
            "in fact employers should be able to make the decision.",
            &[],
            Indirect,
        )],
    );
}

#[test]
fn a_thing_named_after_a_person_is_not_a_person() {
    assert_eq!(
        last_person("I just want to point out that when Governor Romney’s campaign was asked about the Lilly Ledbetter bill, whether he supported it?")
            .as_deref(),
        Some("Governor Romney")
    );
}

#[test]
fn emphatic_did_say_alluded_to_and_phrases_with_of_this() {
    check(
        "Q You just mentioned at the beginning of this press briefing that there are 10,000 U.S. troops in Poland.",
        &[("there are 10,000 U.S. troops in Poland.", &[], Indirect)],
    );
    check(
        "Well, I did say in my opening statement that he will reach out to Prime Minister Sunak.",
        &[("he will reach out to Prime Minister Sunak.", &[], Indirect)],
    );
    check(
        "I mean, you just alluded to the fact that you’ve not been able to get on site yet.",
        &[("you’ve not been able to get on site yet.", &[], Indirect)],
    );
    // A question about what was said reports nothing.
    check("Did you say in the meeting that it was over?", &[]);
}

/// What `find` reports in `s`: the words, who, and how they are referred to.
fn reports_with_sources(s: &str) -> Vec<(String, Vec<String>, Refers)> {
    find(s)
        .into_iter()
        .map(|r| (s[r.range].to_string(), r.who, r.refers))
        .collect()
}

/// One report of `text` by `who`, referred to as `refers`.
fn one_report(text: &str, who: &str, refers: Refers) -> Vec<(String, Vec<String>, Refers)> {
    vec![(text.to_string(), vec![who.to_string()], refers)]
}

#[test]
fn unnamed_sources_speak() {
    // Excerpts of the 2012 presidential debates and a 2023 briefing.
    let unnamed = reports_with_sources;
    let one = |text: &str, who: &str| one_report(text, who, Refers::Unnamed);
    assert_eq!(
        unnamed(
            "And that's why independent studies looking at this said the only way to meet Governor Romney's pledge is by burdening middle-class families."
        ),
        one(
            "the only way to meet Governor Romney's pledge is by burdening middle-class families.",
            "independent studies"
        )
    );
    assert_eq!(
        unnamed(
            "I saw a study that came out today that said you're going to raise taxes by three to four thousand dollars on middle-income families."
        ),
        one(
            "you're going to raise taxes by three to four thousand dollars on middle-income families.",
            "a study"
        )
    );
    // A plural source says in the base form; a share of a group speaks.
    assert_eq!(
        unnamed(
            "We also have 50 percent of doctors who say they won't take more Medicare patients."
        ),
        one(
            "they won't take more Medicare patients.",
            "50 percent of doctors"
        )
    );
    assert_eq!(
        unnamed(
            "Some 15 percent of hospitals and nursing homes say they won't take any more Medicare patients under that scenario."
        ),
        one(
            "they won't take any more Medicare patients under that scenario.",
            "Some 15 percent of hospitals and nursing homes"
        )
    );
    // A place after the source is part of it, not a speaker; "that a"
    // opens a clause; inside it, "they announced plans …" is the
    // employees' own report.
    let mut tesla = one(
        "a number of employees were terminated after they announced plans to form a union.",
        "Tesla workers in Buffalo",
    );
    tesla.push(("plans to form a union.".to_string(), vec![], Refers::Plural));
    assert_eq!(
        unnamed(
            "Tesla workers in Buffalo say that a number of employees were terminated after they announced plans to form a union."
        ),
        tesla
    );
    // The subject of the first of two verbs joined by "and".
    assert_eq!(
        unnamed("People grabbed my arms and said, \"Please save my job.\""),
        vec![(
            "Please save my job.".to_string(),
            vec!["People".to_string()],
            Refers::Unnamed
        )]
    );
    assert_eq!(
        unnamed(
            "And Assad - excuse me, Kofi Annan came in and said we're going to try to have a ceasefire."
        ),
        vec![(
            "we're going to try to have a ceasefire.".to_string(),
            vec!["Kofi Annan".to_string()],
            Refers::Named
        )]
    );
    // Not sources: a definite description, "other" (one named already).
    assert_eq!(unnamed("The other studies said that it was wrong."), []);
}

#[test]
fn documents_speak_for_their_issuers() {
    // Excerpts of a 2023 White House briefing and the 2012 debates.
    let issued = reports_with_sources;
    let named = |text: &str, who: &str| one_report(text, who, Refers::Named);
    assert_eq!(
        issued(
            "The National Weather Service website here says that 900 — that weather balloons are released around the world from 900 locations twice a day."
        ),
        named(
            "900 — that weather balloons are released around the world from 900 locations twice a day.",
            "National Weather Service"
        )
    );
    assert_eq!(
        issued(
            "And likewise, a study by McKinsey and Company of American businesses said 30 percent of them are anticipating dropping people from coverage."
        ),
        named(
            "30 percent of them are anticipating dropping people from coverage.",
            // the gazetteer's name for the firm
            "McKinsey & Company"
        )
    );
    // The same with the issuer in the possessive.
    assert_eq!(
        issued(
            "The National Weather Service’s website says that weather balloons are released around the world from 900 locations twice a day."
        ),
        named(
            "weather balloons are released around the world from 900 locations twice a day.",
            "National Weather Service"
        )
    );
    // An acronym is the organisation it stands for.
    assert_eq!(
        issued("The CBO report says that the deficit will fall."),
        named("the deficit will fall.", "Congressional Budget Office")
    );
    // No issuer named: "the study" is one mentioned before, not a source.
    assert_eq!(issued("The study said that taxes would rise."), []);
}

#[test]
fn speech_as_a_habit_is_reported() {
    // Excerpts of a 2023 White House briefing and the 2012 debates.
    assert_eq!(
        refers(
            "The President also continues to call on Congress to act common-sense gun law reforms."
        ),
        [(
            "Congress to act common-sense gun law reforms.",
            Refers::Described("president".to_string())
        )]
    );
    assert_eq!(
        refers("He keeps saying, \"Look, I've created 5 million jobs.\""),
        [("Look, I've created 5 million jobs.", Refers::Pronoun)]
    );
    assert_eq!(
        refers("And he was quick to say “it’s ours, but it was for commercial purposes.”"),
        [(
            "it’s ours, but it was for commercial purposes.",
            Refers::Pronoun
        )]
    );
    // A subordinator opening the sentence is not part of the name
    // (briefing 2023-02-13: "Because the Chinese were quick to say …").
    check(
        "Because Kirby was quick to say that it was theirs.",
        &[("it was theirs.", &["Kirby"], Indirect)],
    );
    // "to" after a verb of wanting or going is still no report.
    assert_eq!(
        refers("He is going to say that the plan adds to the deficit."),
        []
    );
}

#[test]
fn what_someone_called_or_described_a_thing() {
    // Excerpts of the 2012 debates, a 2023 briefing and the sample corpus.
    assert_eq!(
        refers("He called the Arizona law a model for the nation."),
        [("the Arizona law a model for the nation.", Refers::Pronoun)]
    );
    assert_eq!(
        refers("You called it a strategic partnership."),
        [("it a strategic partnership.", Refers::Addressee)]
    );
    assert_eq!(
        refers(
            "Not the one we've been on, not the one the president describes as a top-down, cut taxes for the rich."
        ),
        [(
            "a top-down, cut taxes for the rich.",
            Refers::Described("president".to_string())
        )]
    );
    // A call to someone names nothing; what it was made to convey is what
    // the caller said ("called on", a name the speaker's side gives: no
    // name given to a thing).
    assert_eq!(
        refers("President Biden called President Lula to convey our support."),
        [("our support.", Refers::Named)]
    );
    assert_eq!(
        refers("And we called this an object, because that is what it is."),
        []
    );
    // What a thing is referred to as (2012-10-03 debate, line 55, said
    // without the modal): the object and its name; a reference to a thing
    // names nothing.
    assert_eq!(
        refers("You keep referring to it as a five trillion dollar tax cut."),
        [("it as a five trillion dollar tax cut.", Refers::Addressee)]
    );
    assert_eq!(refers("He referred to the report of the commission."), []);
}

#[test]
fn according_to_inside_the_sentence() {
    // A 2023 White House briefing.
    let s = "And those group, according to him, would include China, India, and maybe some other countries.";
    let got: Vec<(String, Refers)> = find(s)
        .into_iter()
        .map(|r| (s[r.range].to_string(), r.refers))
        .collect();
    assert_eq!(got, [(s[4..].to_string(), Refers::Pronoun)]);
    check(
        "The economy, according to Secretary Janet Yellen, will grow by two percent.",
        &[(
            "The economy, according to Secretary Janet Yellen, will grow by two percent.",
            &["Secretary Janet Yellen"],
            Indirect,
        )],
    );
}

#[test]
fn indirect_speech_before_a_quotation() {
    // The second 2012 debate.
    let s = "Now, Governor Romney just said, you know he wants to help those young people too, but during the Republican primary, he said, \"I will veto the DREAM Act\", that would allow these young people to have access.";
    let got: Vec<(&str, Refers)> = find(s)
        .into_iter()
        .map(|r| (&s[r.range], r.refers))
        .collect();
    assert_eq!(
        got,
        [
            (
                "you know he wants to help those young people too",
                Refers::Named
            ),
            ("I will veto the DREAM Act", Refers::Pronoun)
        ]
    );
    // The words before a quotation that frame it are not a report of their own.
    check(
        "Sergey Lavrov said the following about Nagorno-Karabakh during a recent big news conference: “During our contacts with our colleagues, we promoted the need to consider this matter.”",
        &[(
            "During our contacts with our colleagues, we promoted the need to consider this matter.",
            &["Sergey Lavrov"],
            Direct,
        )],
    );
}

#[test]
fn a_parenthesis_between_subject_and_verb_and_requests() {
    // Excerpts of 2023 White House briefings and the 2012 debates.
    let refers = |s: &str| {
        find(s)
            .into_iter()
            .map(|r| (s[r.range].to_string(), r.refers, r.who))
            .collect::<Vec<_>>()
    };
    let described = |d: &str| Refers::Described(d.to_string());
    assert_eq!(
        refers(
            "So, the governor, as you mentioned today, asked for additional public health testing and assessments."
        ),
        [(
            "additional public health testing and assessments.".to_string(),
            described("governor"),
            vec![]
        )]
    );
    assert_eq!(
        refers(
            "The President again, today, is calling for Congress to pass an assault weapons ban."
        ),
        [(
            "Congress to pass an assault weapons ban.".to_string(),
            described("president"),
            vec![]
        )]
    );
    // A name set off by commas is the subject, not a parenthesis.
    assert_eq!(
        refers(
            "When the president of Iran, Ahmadinejad, says that our debt makes us not a great country, that's a frightening thing."
        ),
        [(
            "our debt makes us not a great country, that's a frightening thing.".to_string(),
            Refers::Named,
            vec!["Ahmadinejad".to_string()]
        )]
    );
    assert_eq!(
        refers(
            "China yesterday warned of countermeasures against U.S. entities in response to the shootdown."
        ),
        [(
            "countermeasures against U.S. entities in response to the shootdown.".to_string(),
            Refers::Named,
            vec!["China".to_string()]
        )]
    );
    // A news outlet reports.
    assert_eq!(
        refers("This morning, CBS News reported that an unknown number of veteran service members have tried to get their discharges upgraded."),
        [(
            "an unknown number of veteran service members have tried to get their discharges upgraded.".to_string(),
            Refers::Named,
            vec!["CBS News".to_string()]
        )]
    );
    // Asking for someone to act is a directive, not a request in words.
    assert_eq!(
        refers("And that’s why he asked for Jake Sullivan to run this process."),
        []
    );
}

#[test]
fn verbs_of_hearings_and_replies() {
    check(
        "Director Christopher Wray testified that the bureau had no record of the transfer.",
        &[(
            "the bureau had no record of the transfer.",
            &["Director Christopher Wray"],
            Indirect,
        )],
    );
    assert_eq!(
        refers("She replied that the plan was not ready for a vote."),
        [("the plan was not ready for a vote.", Refers::Pronoun)]
    );
}

#[test]
fn a_vocative_names_whom_you_means() {
    // The second 2012 debate.
    let s =
        "And a lot of them, as you say, Candy, have been out of work for a long, long, long time.";
    let got: Vec<(&str, Vec<String>)> = find(s).into_iter().map(|r| (&s[r.range], r.who)).collect();
    assert_eq!(
        got,
        [(
            "a lot of them, as you say, Candy, have been out of work for a long, long, long time.",
            vec!["Candy".to_string()]
        )]
    );
}

/// Unnamed sources with an abbreviation or a participle's phrase, and a
/// title written with its full stop (briefing 2023-02-10:123).
#[test]
fn sources_with_abbreviations_and_participles() {
    check(
        "But our reporting is that U.S. officials briefing lawmakers this week told lawmakers that this is the U.S. intelligence community’s assessment.",
        &[(
            "this is the U.S. intelligence community’s assessment.",
            &["U.S. officials"],
            Indirect,
        )],
    );
    check(
        "Iranian leaders said that this is the assessment.",
        &[("this is the assessment.", &["Iranian leaders"], Indirect)],
    );
    check(
        "Dr. Fauci said that the vaccine works.",
        &[("the vaccine works.", &["Dr. Fauci"], Indirect)],
    );
}

/// A clause without "that" whose subject is a bare plural noun (the third
/// 2012 debate), and a verb in -s that is no subject.
#[test]
fn clauses_with_bare_plural_subjects() {
    assert_eq!(
        refers(
            "When you were asked about reduced class sizes, you said class sizes don't make a difference."
        ),
        [("class sizes don't make a difference.", Refers::Addressee)]
    );
    assert_eq!(
        refers("You said taxes are too high."),
        [("taxes are too high.", Refers::Addressee)]
    );
    check(
        "I can’t imagine anything I said needs to be clarified.",
        &[],
    );
}

/// Clauses whose subject is a noun before a common lexical verb, two-word
/// clauses after a subject that opens its clause, unmarked imperatives after
/// "said,", and "quote," or "you know," between a verb and its quotation
/// (the 2012 debates and the February 2023 briefings).
#[test]
fn short_clauses_unmarked_imperatives_and_inserted_quote() {
    assert_eq!(
        refers(
            "In my health care bill, I said insurance companies need to provide contraceptive coverage to everybody who is insured."
        ),
        [(
            "insurance companies need to provide contraceptive coverage to everybody who is insured.",
            Refers::Speaker
        )]
    );
    check(
        "The president said he would.",
        &[("he would.", &[], Indirect)],
    );
    assert_eq!(
        refers("Then you said we should."),
        [("we should.", Refers::Addressee)]
    );
    // The subject does not open its clause: an object gap, no report (the
    // quoted phrase before the gap is the subject's words).
    check(
        "This is a president who has not been able to do what he said he'd do.",
        &[],
    );
    check(
        "Former US Secretary of State Rex Tillerson has refused to provide the “irrefutable proof” he had said publicly they have.",
        &[("irrefutable proof", &[], Direct)],
    );
    check(
        "It's why Republicans said, do not do this.",
        &[("do not do this.", &["Republican Party"], Indirect)],
    );
    assert_eq!(
        refers(
            "I guess what we’re trying to discern is you said earlier, you know, “We’re looking for these more, so we’re finding more.”"
        ),
        [(
            "We’re looking for these more, so we’re finding more.",
            Refers::Addressee
        )]
    );
}

/// The head of an organisation is not the organisation (a description,
/// resolved with the document: no name here), and a relative "who said"
/// after a comma has the noun phrase before it for its subject (the 2012
/// debates, the February 2023 briefings).
#[test]
fn heads_of_organisations_and_relative_who() {
    check(
        "The head of the EPA said, \"You can't build a coal plant.\"",
        &[("You can't build a coal plant.", &[], Direct)],
    );
    check(
        "He took recommendations from the Pentagon, who told — who — who said that we should follow the path.",
        &[("we should follow the path.", &["Pentagon"], Indirect)],
    );
    check(
        "We talked to Senator Manchin, who said that the bill is dead.",
        &[("the bill is dead.", &["Senator Manchin"], Indirect)],
    );
    assert_eq!(
        refers("I spoke with the governor, who told me that the roads are closed."),
        [(
            "the roads are closed.",
            Refers::Described("governor".to_string())
        )]
    );
}

/// A phrase of time between a subject and its verb, and "said it" before
/// a common verb, which starts a clause (the 2012 debates).
#[test]
fn phrase_after_the_subject_and_it_before_a_verb() {
    assert_eq!(
        refers(
            "And the president in his campaign four years ago, said he would meet with all the world's worst actors in his first year."
        ),
        [(
            "he would meet with all the world's worst actors in his first year.",
            Refers::Described("president".to_string())
        )]
    );
    check(
        "And three-quarters of them said it makes us less likely to hire people.",
        &[(
            "it makes us less likely to hire people.",
            &["three-quarters of them"],
            Indirect,
        )],
    );
    check(
        "He has said it for the last two years.",
        &[("He has said it for the last two years.", &[], Indirect)],
    );
}

/// A quotation after a noun for someone's words: the noun's possessor, or
/// the subject that "had" it before a colon, said it (Lavrov's press
/// conference of 18 January 2021; a briefing of 17 February 2023).
#[test]
fn quotations_after_a_noun_for_words() {
    check(
        "So, we want to use Ronald Reagan’s paraphrased principle “trust but verify.”",
        &[("trust but verify.", &["Ronald Reagan"], Direct)],
    );
    check(
        "But Ukraine had a different position: “Let’s first hold the election and if we like those who are elected, we will give it special status.”",
        &[(
            "Let’s first hold the election and if we like those who are elected, we will give it special status.",
            &["Ukraine"],
            Direct,
        )],
    );
    assert_eq!(
        refers(
            "But obviously, if we feel like we need to — back to the President’s comments about “as long as it takes” — we will."
        ),
        [(
            "as long as it takes",
            Refers::Described("president".to_string())
        )]
    );
    // A position no one is said to have had is no one's words.
    check("This is the position: “no comment.”", &[]);
}

/// A "that" after a clause that opens with a subject pronoun is a
/// determiner ("we made that declaration"), not the start of what was
/// said; after an object ("told you that"), it is (the third 2012 debate;
/// a briefing of 17 February 2023).
#[test]
fn that_after_a_pronoun_clause_is_a_determiner() {
    assert_eq!(
        refers("Bob Schieffer: So you're - you're saying we've already made that declaration."),
        [("we've already made that declaration.", Refers::Addressee)]
    );
    assert_eq!(
        refers("You said we made that declaration."),
        [("we made that declaration.", Refers::Addressee)]
    );
    assert_eq!(
        refers(
            "The President also told you that the intelligence community’s leading explanations are benign."
        ),
        [(
            "the intelligence community’s leading explanations are benign.",
            Refers::Described("president".to_string())
        )]
    );
}

/// A noun of saying owned by "your", "his" or a described person, before
/// "(was) that" (the third 2012 debate).
#[test]
fn nominal_reports_of_described_people() {
    assert_eq!(
        refers(
            "Governor, your suggestion was that this was mission creep, that this was mission muddle."
        ),
        [(
            "this was mission creep, that this was mission muddle.",
            Refers::Addressee
        )]
    );
    assert_eq!(
        refers("And the president's statement that things are going so well."),
        [(
            "things are going so well.",
            Refers::Described("president".to_string())
        )]
    );
    // Whose criticism is not said: nothing is reported.
    check(
        "But on the criticism that the President hasn’t spoken out more on this.",
        &[],
    );
}

/// A subject followed by a phrase is a fallback: the subject right before
/// the verb wins ("Romney in Ohio and the governor said" is the
/// governor's), and prepositions repeated many times before a verb are
/// read once each, not again for every earlier one.
#[test]
fn a_phrase_after_the_subject_is_a_fallback() {
    assert_eq!(
        refers("He met Senator Smith in Ohio and the governor said that the roads are closed."),
        [(
            "the roads are closed.",
            Refers::Described("governor".to_string())
        )]
    );
    let many = format!("{}said that the roads are closed.", "in ".repeat(5_000));
    assert_eq!(refers(&many), []);
}

/// A verb of saying that opens the sentence has no subject, and no phrase
/// before it to look behind (the property tests' generated text found it).
#[test]
fn a_verb_opening_the_sentence() {
    assert_eq!(refers("said that the roads are closed."), []);
    assert_eq!(refers("said, “The roads are closed.”"), []);
}

/// A noun phrase naming what was said, after "talked/spoke about" or
/// "announced"/"claimed" (White House briefings of February 2023, the
/// 2012 debates, the sample press conference); not a pronoun, a person, a
/// phrase of time, a question, a passive or a relative clause.
#[test]
fn noun_phrases_of_what_was_said() {
    assert_eq!(
        refers("Now, Van- — General VanHerck talked about a domain awareness gap."),
        [("a domain awareness gap.", Refers::Named)]
    );
    assert_eq!(
        refers("I guess my question is — you talked about the tweak in the radar systems."),
        [("the tweak in the radar systems.", Refers::Addressee)]
    );
    assert_eq!(
        refers(
            "Question: You spoke about the strategic partnership and great relationship between Indian Prime Minister Narendra Modi and Russian President Vladimir Putin."
        ),
        [(
            "the strategic partnership and great relationship between Indian Prime Minister Narendra Modi and Russian President Vladimir Putin.",
            Refers::Addressee
        )]
    );
    assert_eq!(
        refers("Secretary Blinken has also announced travel to Turkey over the weekend."),
        [("travel to Turkey over the weekend.", Refers::Named)]
    );
    assert_eq!(
        refers("China is claiming ownership of the balloon."),
        [("ownership of the balloon.", Refers::Named)]
    );
    // Not what was said: a pronoun, a phrase of time, a clarifying
    // question, a passive, a relative clause, a participle after a noun.
    assert_eq!(
        refers("And you heard General VanHerck talk about this last night."),
        []
    );
    assert_eq!(
        refers("Which is something that you heard the President talk about just last week."),
        []
    );
    assert_eq!(refers("You’re talking about the one from last week?"), []);
    assert_eq!(
        refers(
            "As you all know, he has been announced to replace Kate as Communications Director."
        ),
        []
    );
    assert_eq!(
        refers(
            "That is not the kind of American leadership that John F. Kennedy talked about 50 years ago."
        ),
        []
    );
    assert_eq!(
        refers(
            "You saw their statement via Tweet, speaking about the horrific actions that we saw yesterday."
        ),
        []
    );
    // A sentence adverb in commas between "say" and the clause.
    assert_eq!(
        refers(
            "Because we’ve heard a lot of top officials say, clearly, this was a violation of the U.S. sovereign airspace."
        ),
        [(
            "this was a violation of the U.S. sovereign airspace.",
            Refers::Unnamed
        )]
    );
    // "mentioned" takes a topic as often as words said.
    assert_eq!(
        refers("Kirby mentioned a couple of other ideas in his remarks."),
        []
    );
}

#[test]
fn the_group_a_clause_opens_with() {
    use super::subject_group;
    assert_eq!(
        subject_group("Iran is a state sponsor of terrorism.").as_deref(),
        Some("Iran")
    );
    assert_eq!(
        subject_group("After the meeting, NATO said it would respond.").as_deref(),
        Some("NATO")
    );
    // A people, a group of several, a possessive, an object: none.
    assert_eq!(subject_group("The French have reaffirmed it."), None);
    assert_eq!(
        subject_group("The United States and GCC member states raised their concern."),
        None
    );
    assert_eq!(subject_group("Just on Beijing’s response."), None);
    // An acronym as the subject of a verb, though the gazetteer lacks it.
    assert_eq!(
        subject_group(
            "After that incident, the AFL-CIO sent the Federal Railroad Administration a letter."
        )
        .as_deref(),
        Some("AFL-CIO")
    );
    assert_eq!(subject_group("OK, we will see."), None);
    assert_eq!(
        subject_group("It supplies advanced missiles, and the UAS systems to the Houthis."),
        None
    );
    assert_eq!(subject_group("We met with China yesterday."), None);
}

/// The speaker's side telling what it said, "we said" in the simple past
/// (the 2012 debates), a phrase in commas before "that" and a dash after
/// "said" (the February 2023 briefings); "as we said", "we've said" and
/// "we said a prayer" are no reports.
#[test]
fn we_said_parentheses_before_that_and_a_dash_after_said() {
    assert_eq!(
        refers("We did it by taking $60 billion, and we said, let's just cut out the middleman."),
        [("let's just cut out the middleman.", Refers::Speaker)]
    );
    assert_eq!(
        refers("So what we said was you can't just sit on this for 10, 20, 30 years."),
        [(
            "you can't just sit on this for 10, 20, 30 years.",
            Refers::Speaker
        )]
    );
    check(
        "And we said, \"Why not cut out the middleman?\"",
        &[("Why not cut out the middleman?", &[], Direct)],
    );
    // "committed that" is a self-report of a promise (the 2012 debates).
    assert_eq!(
        refers("I committed that I would rein in the excesses of Wall Street."),
        [(
            "I would rein in the excesses of Wall Street.",
            Refers::Speaker
        )]
    );
    for s in [
        "So as we said the other day, when you adjust for that, you’re likely to see more.",
        "And we spent some time, and we said a prayer and, about two months later, he was found.",
    ] {
        assert_eq!(refers(s), [], "in {s:?}");
    }
    assert_eq!(
        refers(
            "She just announced, after 30 years, that she’s going to be retiring at the end of her term."
        ),
        [(
            "she’s going to be retiring at the end of her term.",
            Refers::Pronoun
        )]
    );
    assert_eq!(
        refers("He has said — he has identified a domain awareness gap."),
        [("he has identified a domain awareness gap.", Refers::Pronoun)]
    );
}

/// What was said, named after ", which is" (the February 2023 briefings,
/// the 2012 debates); not a predicate ("which was a mistake").
#[test]
fn what_was_said_after_which_is() {
    assert_eq!(
        refers(
            "He mentioned this yesterday in his speech, which is he doesn’t believe we should be negotiating."
        ),
        [(
            "he doesn’t believe we should be negotiating.",
            Refers::Pronoun
        )]
    );
    assert_eq!(
        refers(
            "It is what he talked about at the legislative conference, which is how are we going to continue to deliver."
        ),
        [("how are we going to continue to deliver.", Refers::Pronoun)]
    );
    assert_eq!(
        refers(
            "Could you address what the governor said, which is if your energy policy was working, the price would not be $4?"
        ),
        [(
            "if your energy policy was working, the price would not be $4?",
            Refers::Described("governor".to_string())
        )]
    );
    assert_eq!(
        refers("He said this, which was a mistake, and we know it."),
        []
    );
}

/// What a document says or asks, told by a participle after it, is its
/// issuer's (the February 2023 briefings); a document received has no
/// issuer, and the speaker's side's own letters are not reports.
#[test]
fn documents_with_a_participle() {
    check(
        "After that incident, the AFL-CIO sent the Federal Railroad Administration a letter requesting an industry-wide adoption of a confidential close call reporting system.",
        &[(
            "an industry-wide adoption of a confidential close call reporting system.",
            &["AFL-CIO"],
            Indirect,
        )],
    );
    check(
        "The Congressional Hispanic Caucus today sent a letter to the President urging him to appoint a Hispanic American to fill the vacancy.",
        &[(
            "him to appoint a Hispanic American to fill the vacancy.",
            &["Congressional Hispanic Caucus"],
            Indirect,
        )],
    );
    check(
        "So I think you saw Central Command put a statement out that, last night, U.S. military and SDF partner forces conducted a helicopter raid.",
        &[(
            "last night, U.S. military and SDF partner forces conducted a helicopter raid.",
            &["U.S. Central Command"],
            Indirect,
        )],
    );
    check(
        "We sent a letter asking for more money for the schools.",
        &[],
    );
    check(
        "The president received a letter saying the tensions were a real problem.",
        &[],
    );
}

#[test]
fn an_inner_as_attribution_reports_its_clause() {
    // The 2023 White House briefings: the words after the attribution go
    // on the words before, or it ends the sentence.
    assert_eq!(
        refers(
            "It would also — it was also said that a CDC team, as you were saying, was being dispatched, that they’re going to be on the ground on Monday."
        ),
        [(
            "a CDC team, as you were saying, was being dispatched, that they’re going to be on the ground on Monday.",
            Refers::Addressee
        )]
    );
    assert_eq!(
        refers("We’re going to Eastern Europe, as you — as you just mentioned."),
        [("We’re going to Eastern Europe", Refers::Addressee)]
    );
    assert_eq!(
        refers(
            "President Biden will make it clear that the United States will continue to stand with Ukraine, as you’ve heard him say many times, for as long as it takes."
        ),
        [(
            "the United States will continue to stand with Ukraine, as you’ve heard him say many times, for as long as it takes.",
            Refers::Pronoun
        )]
    );
    // Nothing before it in its clause, or a subordinator: the words after.
    assert_eq!(
        refers(
            "But by the fall from very high altitude — and, as you said, in one case, on sea ice."
        ),
        [("in one case, on sea ice.", Refers::Addressee)]
    );
    assert_eq!(
        refers(
            "It is yet another clear example of why, as you just mentioned, D.C. deserves statehood."
        ),
        [("D.C. deserves statehood.", Refers::Addressee)]
    );
    // An attribution of two words ending the sentence (once a panic: the
    // words after "as you heard" were sliced past the end).
    for s in ["It was fine, as said.", "Well, as heard."] {
        assert_eq!(refers(s), [], "in {s:?}");
    }
    // An acronym after the attribution is no vocative.
    assert_eq!(
        refers(
            "And additional officials, as you just mentioned — HHS, CDC — will be visiting soon."
        ),
        [("HHS, CDC — will be visiting soon.", Refers::Addressee)]
    );
    // Words said inside the attribution, a name given, no words reported.
    for s in [
        "Please respond to his trickle-down approach, as he said yours is.",
        "The DART teams, as we call them, are also conducting structural damage assessments.",
        "As you all know, they said it was a potential weather balloon, as you know.",
        "And when it was appropriate, the EPA Administrator went, as you saw him yesterday.",
    ] {
        assert!(
            refers(s).iter().all(|(_, r)| *r != Refers::Addressee),
            "in {s:?}: {:?}",
            refers(s)
        );
    }
}

#[test]
fn concerns_reports_letters_from_groups_and_the_way_it_was_put() {
    // The 2023 White House briefings and the third 2012 debate.
    check(
        "There was a congressman, Chris Stewart, on the Intel Committee, who expressed some concern that there’s highly classified information on those missiles.",
        &[(
            "there’s highly classified information on those missiles.",
            &["Chris Stewart"],
            Indirect,
        )],
    );
    check("We expressed our position on this.", &[]);
    assert_eq!(
        refers(
            "Let me ask both of you, there - as you know, there are reports that Iran and the United States have agreed in principle to talks."
        ),
        [(
            "Iran and the United States have agreed in principle to talks.",
            Refers::Unnamed
        )]
    );
    check("The reports that we read were wrong about it all.", &[]);
    assert_eq!(
        refers(
            "Has the White House been in touch with Senator Manchin about his push that there should be talks?"
        ),
        [("there should be talks?", Refers::Pronoun)]
    );
    check(
        "I mean, the president received a letter from 38 Democrat senators saying the tensions with Israel were a real problem.",
        &[(
            "the tensions with Israel were a real problem.",
            &["38 Democrat senators"],
            Indirect,
        )],
    );
    assert_eq!(
        refers(
            "And the way he characterized it was that they were tuned to look for other types of threats."
        ),
        [(
            "they were tuned to look for other types of threats.",
            Refers::Pronoun
        )]
    );
    check("The way I described it was that we were ready for it.", &[]);
    // A name in commas after the place of an unnamed source.
    check(
        "Tesla workers in Buffalo, New York, say that a number of employees were terminated.",
        &[(
            "a number of employees were terminated.",
            &["Tesla workers in Buffalo"],
            Indirect,
        )],
    );
}

#[test]
fn what_you_heard_x_said_a_phrase_in_commas_and_is_that_what_you_are_saying() {
    // The 2012 debates.
    check(
        "What you just heard Governor Romney said is he doesn't have different ideas.",
        &[(
            "he doesn't have different ideas.",
            &["Governor Romney"],
            Indirect,
        )],
    );
    assert_eq!(
        refers("It was not a spontaneous demonstration, is that what you're saying?"),
        [("It was not a spontaneous demonstration", Refers::Addressee)]
    );
    check(
        "And every economist who looks at it says, over time, the system will collapse.",
        &[("the system will collapse.", &["every economist"], Indirect)],
    );
    check("Is that what you're saying?", &[]);
}

#[test]
fn own_words_chains_of_verbs_and_by_saying() {
    // The 2023 briefings and the 2012 debates.
    assert_eq!(
        refers("My exact words were “a reasonable threat to the safety of civilian flight.”"),
        [(
            "a reasonable threat to the safety of civilian flight.",
            Refers::Speaker
        )]
    );
    assert_eq!(
        refers("He got angry and yelled and said, quote, “Biden has a team of killers.”"),
        [("Biden has a team of killers.", Refers::Pronoun)]
    );
    assert_eq!(
        refers(
            "The past year, he has explained the absence of an exception by saying, “If it’s worth keeping, we’re going to keep it.”"
        ),
        [(
            "If it’s worth keeping, we’re going to keep it.",
            Refers::Pronoun
        )]
    );
    // The nearest "and" opens the clause whose subject said it.
    check(
        "Ann yesterday was at a rally in Denver and a woman came up to her with a baby in her arms and said, \"Ann, my husband has had four jobs in three years.\"",
        &[(
            "Ann, my husband has had four jobs in three years.",
            &["a woman"],
            Direct,
        )],
    );
    // A phrase of time may open the clause before its subject.
    assert_eq!(
        refers(
            "On the day after the attack he went into the Rose Garden and said that this was an act of terror."
        ),
        [("this was an act of terror.", Refers::Pronoun)]
    );
    assert_eq!(
        refers(
            "I think interesting the president just said something which - which is that on the day after the attack he went into the Rose Garden and said that this was an act of terror."
        ),
        [("this was an act of terror.", Refers::Pronoun)]
    );
    // A subject that starts before the "and" a clause may open after
    // ("Johnson and Johnson") is still the subject (it used to panic).
    assert_eq!(
        refers("Johnson and Johnson went home and said that prices will rise."),
        [("prices will rise.", Refers::Named)]
    );
    // Indirect speech before a quotation ends at a restart ("I mean,").
    let s = "And when I hear Governor Romney say he's a big coal guy, I mean, keep in mind, when you were governor of Massachusetts, you stood in front of a coal plant and pointed at it and said, \"This plant kills,\" and took great pride in shutting it down.";
    let got: Vec<&str> = find(s).into_iter().map(|r| &s[r.range]).collect();
    assert_eq!(got, ["he's a big coal guy", "This plant kills"]);
    assert!(leaves_unnamed(
        "I understand that after a certain previous occupant of this White House, whose name will be nameless, but — as you know who this person is — "
    ));
    assert!(!leaves_unnamed("And then the President said that "));
}

#[test]
fn a_person_of_a_country_and_quotations_joined_by_and() {
    // The White House briefing of 10 February 2023.
    check(
        "Does the President believe that when Prime Minister Modi of India told President Putin to “stop the war” and “this is not the way,” that this time it works?",
        &[
            ("stop the war", &["Prime Minister Modi"], Direct),
            ("this is not the way", &["Prime Minister Modi"], Direct),
        ],
    );
    check(
        "The Bank of England said that rates would rise.",
        &[("rates would rise.", &["Bank of England"], Indirect)],
    );
    check(
        "I know the President said yesterday he “stood by it,” that it was “out of an abundance of caution.”",
        &[
            ("stood by it", &[], Direct),
            ("out of an abundance of caution.", &[], Direct),
        ],
    );
    // Scare quotes joined by "and" stay nobody's.
    check("The words “fake” and “news” are overused.", &[]);
}

#[test]
fn a_countrys_institution_speaks_for_the_country() {
    // Maria Zakharova's briefing of 28 January 2021 (the sample corpus).
    check(
        "The Russian side has always insisted that each state has the right to develop bilateral cooperation unless it runs contrary to any legislation, and this position has not changed.",
        &[(
            "each state has the right to develop bilateral cooperation unless it runs contrary to any legislation, and this position has not changed.",
            &["Russia"],
            Indirect,
        )],
    );
    // Its demonym, possessive or name, a qualifier before the noun.
    check(
        "The Polish government said on Sunday that it was ready to send its jets.",
        &[("it was ready to send its jets.", &["Poland"], Indirect)],
    );
    check(
        "Russia's foreign ministry claims that the strike hit a depot.",
        &[("the strike hit a depot.", &["Russia"], Indirect)],
    );
    check(
        "The United States government has said that the talks were over.",
        &[("the talks were over.", &["United States"], Indirect)],
    );
    // A person of the country is a description, not the country.
    let s = "The Chinese foreign minister said that the balloon was civilian.";
    assert_eq!(
        find(s).into_iter().map(|r| r.refers).collect::<Vec<_>>(),
        [Refers::Described("chinese foreign minister".to_string())]
    );
}

#[test]
fn according_to_an_organisation_a_description_or_an_unnamed_source() {
    check(
        "According to the Congressional Budget Office, the deficit will fall by $1 trillion.",
        &[(
            "the deficit will fall by $1 trillion.",
            &["Congressional Budget Office"],
            Indirect,
        )],
    );
    check(
        "The deficit will fall, according to the CBO.",
        &[(
            "The deficit will fall",
            &["Congressional Budget Office"],
            Indirect,
        )],
    );
    check(
        "According to one official, the balloon was shot down.",
        &[("the balloon was shot down.", &["one official"], Indirect)],
    );
    let s = "According to the President, the economy is strong.";
    assert_eq!(
        find(s).into_iter().map(|r| r.refers).collect::<Vec<_>>(),
        [Refers::Described("president".to_string())]
    );
    // Data, a document without an issuer, the speaker: no one.
    check("According to the latest data, prices fell.", &[]);
    check("According to me, it works.", &[]);
    // After the press conference of 18 January 2021: information
    // "provided by Germany" is no source named in full.
    check(
        "According to the initial information provided by Germany, the substance was Novichok.",
        &[],
    );
}

#[test]
fn in_the_words_of_and_to_quote_name_the_source_of_a_quotation() {
    check(
        "In the words of Martin Luther King Jr., “The arc of the moral universe is long.”",
        &[(
            "The arc of the moral universe is long.",
            &["Martin Luther King Jr."],
            Direct,
        )],
    );
    check(
        "To quote Winston Churchill, “Never give in.”",
        &[("Never give in.", &["Winston Churchill"], Direct)],
    );
    // "quote," inserted after a verb is no frame of its own.
    let s = "He said, quote, “We will not back down.”";
    assert_eq!(
        find(s).into_iter().map(|r| r.refers).collect::<Vec<_>>(),
        [Refers::Pronoun]
    );
    // The words of a song name no one.
    check(
        "These were the words of the song: “We shall overcome.”",
        &[],
    );
}

#[test]
fn a_clause_opened_by_if_or_when_is_what_was_said_whole() {
    // "that line": a determiner inside the clause, not its "that".
    check(
        "The President said if they cross that line, we will respond.",
        &[("if they cross that line, we will respond.", &[], Indirect)],
    );
    check(
        "He said when that happens, we will be ready.",
        &[("when that happens, we will be ready.", &[], Indirect)],
    );
}

#[test]
fn a_source_that_speaks_for_someone() {
    check(
        "A spokesperson for the ministry said the talks would resume.",
        &[(
            "the talks would resume.",
            &["A spokesperson for the ministry"],
            Indirect,
        )],
    );
    // "for years" is a time, not whom people speak for.
    check("People for years said that it could not be done.", &[]);
}

#[test]
fn an_office_of_or_to_something_is_a_description() {
    let refers = |s: &str| {
        find(s)
            .into_iter()
            .map(|r| (r.refers, r.range))
            .collect::<Vec<_>>()
    };
    // Mitt Romney in the first 2012 presidential debate; Barack Obama in
    // the second.
    let s = "The secretary of defense has said these would be even devastating.";
    assert_eq!(
        refers(s),
        [(
            Refers::Described("secretary of defense".to_string()),
            s.find("these").unwrap()..s.len()
        )]
    );
    let s = "The head of the EPA said, \"You can't build a coal plant.\"";
    assert_eq!(
        refers(s),
        [(
            Refers::Described("head of the epa".to_string()),
            s.find("You").unwrap()..s.len() - 1
        )]
    );
    let s = "Our ambassador to the United Nations said that the vote was a mistake.";
    assert_eq!(
        refers(s)[0].0,
        Refers::Described("ambassador to the united nations".to_string())
    );
    // A role's complement of more than three words is not read as one.
    assert!(
        find("The head of the big old regional office said that the vote was a mistake.")
            .is_empty()
    );
}

#[test]
fn that_before_a_two_word_clause_is_no_demonstrative() {
    // Not "Kirby said that" reported as a whole: the clause is too short
    // to be a claim.
    assert!(find("Kirby said that prices fell.").is_empty());
    // "said that" and a time: the sentence itself, as before.
    check(
        "He said that yesterday.",
        &[("He said that yesterday.", &[], Indirect)],
    );
}

#[test]
fn an_office_before_a_parenthesis_and_went_on_tv_to_say() {
    // The second 2012 presidential debate (Kerry Ladka's question, Candy
    // Crowley, Mitt Romney).
    let s = "Your secretary of state, as I'm sure you know, has said that she takes full responsibility for the attack on the diplomatic mission in Benghazi.";
    assert_eq!(
        refers_and_words(s),
        [(
            Refers::Described("secretary of state".to_string()),
            "she takes full responsibility for the attack on the diplomatic mission in Benghazi."
        )]
    );
    let s = "The ambassador to the United Nations went on TV to say that this was a demonstration.";
    assert_eq!(
        refers_and_words(s),
        [(
            Refers::Described("ambassador to the united nations".to_string()),
            "this was a demonstration."
        )]
    );
    check(
        "Susan Rice went on national television to say that this was a demonstration.",
        &[("this was a demonstration.", &["Susan Rice"], Indirect)],
    );
    // Relying on someone to say something is not saying it.
    assert!(find("He relied on them to say that this was a demonstration.").is_empty());
}

#[test]
fn a_capital_speaks_for_its_country_and_a_topic_line_names_a_group() {
    check(
        "Berlin told us that it was not a bilateral matter.",
        &[("it was not a bilateral matter.", &["Germany"], Indirect)],
    );
    check(
        "Moscow claims that the talks had failed.",
        &[("the talks had failed.", &["Russia"], Indirect)],
    );
    // The White House briefing of 13 February 2023: a line that only
    // names its topic gives "they" its group.
    assert_eq!(
        topic_group("Just on Beijing’s response.").as_deref(),
        Some("China")
    );
    assert_eq!(topic_group("And on Iran:").as_deref(), Some("Iran"));
    // A sentence with a verb is no topic line.
    assert_eq!(topic_group("On Iran, we have said a lot."), None);
}

#[test]
fn it_after_an_in_phrase_naming_a_document_is_its_issuer() {
    // The White House briefing of 13 February 2023.
    check(
        "In that ODNI report about unidentified aerial phenomena, it says there were 247 unidentified aerial phenomena reports since March of 2021.",
        &[(
            "there were 247 unidentified aerial phenomena reports since March of 2021.",
            &["Office of the Director of National Intelligence"],
            Indirect,
        )],
    );
    check(
        "In the CBO report, it says that the deficit will grow.",
        &[(
            "the deficit will grow.",
            &["Congressional Budget Office"],
            Indirect,
        )],
    );
    // No issuer named, or no document: no one.
    assert!(find("In the report, it says that the deficit will grow.").is_empty());
    assert!(find("In this case, it says nothing about the deficit.").is_empty());
}

#[test]
fn a_sentence_may_open_with_a_well_known_persons_usual_name() {
    // The White House briefing of 10 February 2023: "Q Lula, yeah. He said
    // that he wants to create a group of countries …".
    assert_eq!(last_person("Lula, yeah.").as_deref(), Some("Lula"));
    // Any other capitalised word opening a sentence is no one.
    assert_eq!(last_person("Right, yeah."), None);
}

#[test]
fn point_out_in_the_present_reports_too() {
    // Mitt Romney in the first 2012 presidential debate.
    let s = "Now, you point out, well, we're putting some back.";
    assert_eq!(
        refers_and_words(s),
        [(Refers::Addressee, "well, we're putting some back.")]
    );
    check(
        "He points out that the plan fails.",
        &[("the plan fails.", &[], Indirect)],
    );
    // "point" the noun is no verb.
    assert!(find("The point out there is that the plan fails.").is_empty());
}

#[test]
fn what_this_is_follows_a_dash_or_colon() {
    // John Kirby, the White House briefing of 17 February 2023.
    let s = "And you heard the President say this yesterday — it doesn’t mean that there will be additional shootdowns.";
    assert_eq!(
        refers_and_words(s),
        [(
            Refers::Described("president".to_string()),
            "it doesn’t mean that there will be additional shootdowns."
        )]
    );
    check(
        "He said this: the talks are over.",
        &[("the talks are over.", &[], Indirect)],
    );
    // The speaker restating herself ("I've mentioned this before: …", the
    // briefing of 14 February) is no report, as "as I said" is not.
    assert!(
        find("And I’ve mentioned this before: the President is doing everything he can to lower costs.")
            .is_empty()
    );
}

#[test]
fn quotations_no_one_is_named_for_may_continue_a_quotation() {
    let s = "And “[h]is record is a testament to the power of it.”  That is “tough.”";
    let got: Vec<&str> = super::continued_quotations(s)
        .into_iter()
        .map(|r| &s[r.range])
        .collect();
    assert_eq!(got, ["[h]is record is a testament to the power of it."]);
    let s = "Walsh is “one tough union chief.”";
    assert!(!super::quotes_words(s, 0..9));
    assert!(super::quotes_words(s, 12..34));
    assert!(super::quotes_words(s, 0..s.len()));
}

#[test]
fn a_conditional_is_what_was_said_and_a_report_ends_before_the_next_frame() {
    assert_eq!(
        refers_and_words(
            "But when you were a candidate in 2008, as I was, and I said if I got bin Laden in our sights I would take that shot, you said we shouldn't move heaven and earth to get one man."
        ),
        [
            (
                Refers::Speaker,
                "if I got bin Laden in our sights I would take that shot"
            ),
            (
                Refers::Addressee,
                "we shouldn't move heaven and earth to get one man."
            ),
        ]
    );
    assert_eq!(
        refers_and_words("He said prices will rise, and the minister said that prices will fall."),
        [
            (Refers::Pronoun, "prices will rise"),
            (
                Refers::Described("minister".to_string()),
                "prices will fall."
            ),
        ]
    );
    // Nested without a comma, the outer report keeps the inner one.
    assert_eq!(
        refers_and_words("He said that the minister said that prices will rise."),
        [
            (Refers::Pronoun, "the minister said that prices will rise."),
            (
                Refers::Described("minister".to_string()),
                "prices will rise."
            ),
        ]
    );
    // "if" before the verb is no report; a short "said if" is no clause.
    assert!(find("If he said that, it's wrong.").is_empty());
    assert!(find("What he said if you recall was different.").is_empty());
}

#[test]
fn a_participle_after_a_comma_reports_the_sentences_subject() {
    check(
        "First Germany refused to provide test results to us, claiming that this would enable us to learn about Bundeswehr technologies.",
        &[(
            "this would enable us to learn about Bundeswehr technologies.",
            &["Germany"],
            Indirect,
        )],
    );
    assert_eq!(
        refers_and_words("The minister refused to provide results, saying that prices are rising."),
        [(
            Refers::Described("minister".to_string()),
            "prices are rising."
        )]
    );
    // Without the comma the participle may be a noun's; a subject after a
    // clause of its own, or none, reports nothing.
    assert!(find("The minister met a woman saying that prices are rising.").is_empty());
    assert!(find("When he came in, the woman cried, saying that prices are rising.").is_empty());
    assert!(
        find("It's not by trickle-down government, saying we're going to take more money from people.")
            .is_empty()
    );
}

#[test]
fn shared_reports_and_first_lady_is_a_title() {
    assert_eq!(
        refers_and_words(
            "As the President shared this morning, he is thinking about John and his family today."
        ),
        [(
            Refers::Described("president".to_string()),
            "he is thinking about John and his family today."
        )]
    );
    assert_eq!(
        refers_and_words("She shared that she is feeling much better now."),
        [(Refers::Pronoun, "she is feeling much better now.")]
    );
    assert!(find("We shared a meal and talked about the weather.").is_empty());
    // "First Lady" names no one: no person "Lady" says it.
    assert!(!super::is_person("President and First Lady"));
    // (the President reports it: two_descriptions_joined_by_and_report_as_the_first)
    check(
        "Lady Hale said that the prorogation was unlawful.",
        &[("the prorogation was unlawful.", &["Lady Hale"], Indirect)],
    );
}

#[test]
fn an_aside_between_dashes_after_the_verb_is_skipped() {
    check(
        "China yesterday warned — or threatened, I guess — of countermeasures against U.S. entities in response to the shootdown of their spy balloon.",
        &[(
            "countermeasures against U.S. entities in response to the shootdown of their spy balloon.",
            &["China"],
            Indirect,
        )],
    );
    // What is between the dashes may be what was said.
    assert_eq!(
        refers_and_words("He said — we will win — and then he left the room."),
        [(Refers::Pronoun, "we will win — and then he left the room.")]
    );
}

#[test]
fn a_demonym_that_ends_a_short_sentence_names_a_group() {
    assert_eq!(
        super::predicate_group("We know the first one was Chinese."),
        Some("China".to_string())
    );
    assert_eq!(
        super::predicate_group("The pilot was Chinese-speaking."),
        None
    );
    assert_eq!(
        super::predicate_group("We know the first one was China."),
        None
    );
    assert_eq!(
        super::predicate_group("The first one was Chinese, we think."),
        None
    );
}

#[test]
fn saying_no_is_reported_however_short() {
    assert_eq!(
        refers_and_words("And he said no."),
        [(Refers::Pronoun, "no.")]
    );
    assert_eq!(
        refers_and_words("And the president said no to that pipeline."),
        [(
            Refers::Described("president".to_string()),
            "no to that pipeline."
        )]
    );
    assert_eq!(
        refers_and_words("He says no one will come to the meeting."),
        [(Refers::Pronoun, "no one will come to the meeting.")]
    );
}

#[test]
fn that_before_a_verb_is_a_subject_clearer_reports_and_arab_states_are_a_noun() {
    assert_eq!(
        refers_and_words("He said that will not happen again."),
        [(Refers::Pronoun, "that will not happen again.")]
    );
    assert_eq!(
        refers_and_words("He said that it was wrong."),
        [(Refers::Pronoun, "it was wrong.")]
    );
    assert_eq!(
        refers_and_words(
            "Look, the President has never been clearer that we must do more to reduce crime and save lives."
        ),
        [(
            Refers::Described("president".to_string()),
            "we must do more to reduce crime and save lives."
        )]
    );
    assert!(find("The water is clearer than it was last year.").is_empty());
    assert!(
        find("Nevertheless, the conference gathered about 20 countries, including five Arab states that did not fear the domineering United States.")
            .is_empty()
    );
    check(
        "The Kremlin states that prices will rise next year.",
        &[("prices will rise next year.", &["Kremlin"], Indirect)],
    );
}

#[test]
fn the_combatant_commands_are_organisations() {
    check(
        "Obviously, it was successful, as CENTCOM reported.",
        &[(
            "Obviously, it was successful",
            &["U.S. Central Command"],
            Indirect,
        )],
    );
    check(
        "NORAD said that it was tracking the object.",
        &[(
            "it was tracking the object.",
            &["North American Aerospace Defense Command"],
            Indirect,
        )],
    );
}

#[test]
fn an_adverb_of_time_may_stand_before_what_is_asked_for() {
    assert_eq!(
        refers_and_words("The governor asked just yesterday for public health support."),
        [(
            Refers::Described("governor".to_string()),
            "public health support."
        )]
    );
    assert_eq!(
        refers_and_words("China warned again of countermeasures against U.S. entities."),
        [(Refers::Named, "countermeasures against U.S. entities.")]
    );
}

#[test]
fn a_quantifier_opens_an_unnamed_source_never_a_name() {
    // "Many" and "Six" at the start of a sentence had been read as names.
    check(
        "Many studies said that it is wrong.",
        &[("it is wrong.", &["Many studies"], Indirect)],
    );
    check(
        "Six other studies say it's completely wrong.",
        &[("it's completely wrong.", &["Six other studies"], Indirect)],
    );
    // "the other studies" are ones named before: no source of their own.
    assert!(find("The other studies say it's wrong.").is_empty());
    check(
        "And every fact checker and every reporter who’s looked at it, Governor, has said this is not true.",
        &[("this is not true.", &["every reporter"], Indirect)],
    );
}

#[test]
fn a_pseudo_cleft_is_what_was_said() {
    check(
        "And every health care economist who looks at it says, over time, what'll happen is the traditional Medicare system will collapse.",
        &[(
            "what'll happen is the traditional Medicare system will collapse.",
            &["every health care economist"],
            Indirect,
        )],
    );
    assert_eq!(
        refers_and_words("He said what we need is more jobs."),
        [(Refers::Pronoun, "what we need is more jobs.")]
    );
    // A question about what someone was doing reports nothing.
    assert!(find("He said what he was doing.").is_empty());
}

#[test]
fn a_free_relative_may_be_the_subject_of_what_was_said() {
    check(
        "And Governor Romney at the beginning of this debate wrote and said what we did in Massachusetts could be a model for the nation.",
        &[(
            "what we did in Massachusetts could be a model for the nation.",
            &["Governor Romney"],
            Indirect,
        )],
    );
    assert!(find("He said what the president would do.").is_empty());
    // what was said in apposition after "what … indicated,"
    check(
        "But let's go back to what Governor Romney indicated, that under his plan, he would be able to cover people with pre-existing conditions.",
        &[(
            "under his plan, he would be able to cover people with pre-existing conditions.",
            &["Governor Romney"],
            Indirect,
        )],
    );
}

#[test]
fn a_named_legal_text_speaks_for_itself() {
    check(
        "Part of the Arizona law said that law enforcement officers could stop folks and check their papers.",
        &[(
            "law enforcement officers could stop folks and check their papers.",
            &["Arizona law"],
            Indirect,
        )],
    );
    check(
        "The Minsk agreements say that the sides must withdraw heavy weapons.",
        &[(
            "the sides must withdraw heavy weapons.",
            &["Minsk agreements"],
            Indirect,
        )],
    );
    // Which law? Not named: no source.
    assert!(find("The law says that insurers must cover everyone.").is_empty());
}

#[test]
fn a_parenthesis_with_commas_of_its_own_may_stand_before_that() {
    check(
        "He says, to the President, to Democratic and Republican leaders, that it was never intended to refer to Social Security and Medicare.",
        &[(
            "it was never intended to refer to Social Security and Medicare.",
            &[],
            Indirect,
        )],
    );
    assert_eq!(
        refers_and_words(
            "I mentioned, I believe on Tuesday, that EPA had been on the ground since February 4th."
        ),
        [(
            Refers::Speaker,
            "EPA had been on the ground since February 4th."
        )]
    );
    assert_eq!(
        refers_and_words(
            "And we’ve talked — he talked about, just last week in the State of the Union, that his budget is going to show how he’s going to lower the deficit."
        ),
        [(
            Refers::Pronoun,
            "his budget is going to show how he’s going to lower the deficit."
        )]
    );
    // a clause of its own in the commas is no parenthesis: what was said
    // starts after the verb
    assert_eq!(
        refers_and_words("He said, we know that, it is wrong."),
        [(Refers::Pronoun, "we know that, it is wrong.")]
    );
}

#[test]
fn whom_something_was_heard_from_said_it() {
    check(
        "Because when you enact red-flag laws, we hear from lawmakers, we hear from state officials that it actually can save lives.",
        &[(
            "it actually can save lives.",
            &["state officials"],
            Indirect,
        )],
    );
    check(
        "We heard from Senator Manchin that he would not support the bill.",
        &[(
            "he would not support the bill.",
            &["Senator Manchin"],
            Indirect,
        )],
    );
    assert_eq!(
        refers_and_words("I heard from him that it was fine."),
        [(Refers::Pronoun, "it was fine.")]
    );
}

#[test]
fn accusations_criticism_predictions_in_relative_clauses_and_topics_with_and_that() {
    check(
        "I have to say that Governor Romney criticized me for being too tough in that tire case.",
        &[(
            "me for being too tough in that tire case.",
            &["Governor Romney"],
            Indirect,
        )],
    );
    check(
        "Critics accused the government of lying about the numbers.",
        &[(
            "the government of lying about the numbers.",
            &["Critics"],
            Indirect,
        )],
    );
    assert!(find("He was accused of fraud.").is_empty());
    assert_eq!(
        refers_and_words(
            "First of all, I think it's important for Governor Romney to present this plan that he says will only affect folks in the future."
        ),
        [(Refers::Pronoun, "will only affect folks in the future.")]
    );
    // "was wrong" may be the speaker's own judgment of what was said
    assert!(find("The thing that he said was wrong.").is_empty());
    assert_eq!(
        refers_and_words(
            "You mentioned the Navy, for example, and that we have fewer ships than we did in 1916."
        ),
        [(
            Refers::Addressee,
            "we have fewer ships than we did in 1916."
        )]
    );
    assert!(find("He mentioned jobs and that is very important to all of us.").is_empty());
}

#[test]
fn this_before_a_comma_and_a_clause_is_the_clause() {
    assert_eq!(
        refers_and_words(
            "Now, going forward, and you heard the President talk about this yesterday, we're going to make sure we've got some new rules in place."
        ),
        [(
            Refers::Described("president".to_string()),
            "we're going to make sure we've got some new rules in place."
        )]
    );
    assert_eq!(
        refers_and_words("And the President has said this many times, we will not back down."),
        [(
            Refers::Described("president".to_string()),
            "we will not back down."
        )]
    );
    // after a semicolon, in the same sentence; what "this" was may open
    // with a phrase of time (02-10 briefing)
    assert_eq!(
        refers_and_words(
            "And I’ve said this many times before; you’ve heard the President say this as well — for the first two years, he was able to cut the deficit by $1.7 trillion."
        ),
        [(
            Refers::Described("president".to_string()),
            "for the first two years, he was able to cut the deficit by $1.7 trillion."
        )]
    );
    // the speaker's own comment after the comma is not what "this" was
    assert!(find("He said this last week, I think it was Tuesday.").is_empty());
    // a verb at the end of the sentence (this panicked once)
    assert!(find("He talked about").is_empty());
    check(
        "As you hear from intelligence sources even today, the insurgents are highly disparate.",
        &[(
            "the insurgents are highly disparate.",
            &["intelligence sources"],
            Indirect,
        )],
    );
}

#[test]
fn the_agent_of_a_passive_asked_or_told_said_it() {
    check(
        "And Governor, when you were asked by teachers whether or not this would help the economy grow, you said, well, it was a great idea.",
        &[
            (
                "whether or not this would help the economy grow",
                &["teachers"],
                Indirect,
            ),
            ("well, it was a great idea.", &[], Indirect),
        ],
    );
    check(
        "He was told by Senator Manchin that the bill was dead.",
        &[("the bill was dead.", &["Senator Manchin"], Indirect)],
    );
    // a directive, not a question or a statement
    assert!(find("He was asked by the President to lead the team.").is_empty());
}

#[test]
fn sources_close_to_or_familiar_with_someone_are_unnamed_sources() {
    check(
        "A source close to the President said that the talks had stalled.",
        &[(
            "the talks had stalled.",
            &["A source close to the President"],
            Indirect,
        )],
    );
    check(
        "Officials familiar with the matter said that the talks had stalled.",
        &[(
            "the talks had stalled.",
            &["Officials familiar with the matter"],
            Indirect,
        )],
    );
}

#[test]
fn two_descriptions_joined_by_and_report_as_the_first() {
    assert_eq!(
        refers_and_words(
            "As the President and First Lady shared this morning, they are thinking about John, Gisele, and their entire Fetterman family today."
        ),
        [(
            Refers::Described("president".to_string()),
            "they are thinking about John, Gisele, and their entire Fetterman family today."
        )]
    );
    assert_eq!(
        refers_and_words(
            "The President and the First Lady said that they are thinking about the family."
        ),
        [(
            Refers::Described("president".to_string()),
            "they are thinking about the family."
        )]
    );
    // "and" opening the sentence joins nothing
    assert_eq!(
        refers_and_words("And the President said that we will not stop."),
        [(
            Refers::Described("president".to_string()),
            "we will not stop."
        )]
    );
}

#[test]
fn a_report_ends_before_the_next_reporting_clause_after_and() {
    check(
        "Lavrov said that it was true and he said that it was not, but Blinken said that talks go on.",
        &[
            ("it was true", &["Lavrov"], Indirect),
            ("it was not", &[], Indirect),
            ("talks go on.", &["Blinken"], Indirect),
        ],
    );
    // "Russia and China said": "and" inside the next subject ends nothing.
    check(
        "Lavrov said that Russia and China said that the talks failed.",
        &[(
            "Russia and China said that the talks failed.",
            &["Lavrov"],
            Indirect,
        )],
    );
}

#[test]
fn reports_nested_deeper_than_sixteen_are_not_read() {
    let s = format!(
        "Lavrov said that {}it was fine.",
        "he said that ".repeat(40)
    );
    let got = find(&s);
    assert_eq!(got.len(), MAX_NESTED_REPORTS);
    assert_eq!(got[0].who, ["Lavrov"]);
    assert!(got.iter().all(|r| r.range.end == s.len()));
}

#[test]
fn antecedents_are_read_in_a_window_that_starts_at_a_word() {
    let s = format!("{}Lavrov said it.", "word ".repeat(1000));
    let end = s.find("Lavrov").unwrap();
    let from = antecedent_start(&s, end);
    assert!(end - from <= ANTECEDENT_BYTES && end - from > ANTECEDENT_BYTES - 5);
    assert!(s[from..].starts_with("word "));
    assert_eq!(antecedent_start("He said it.", 3), 0);
    // a window that would open inside a character
    let s = format!("{}x", "é".repeat(ANTECEDENT_BYTES));
    let from = antecedent_start(&s, s.len() - 1);
    assert_eq!(from, s.len() - 1);
}

#[test]
fn a_question_asking_how_or_why_someone_said_it_reports_it() {
    assert_eq!(
        refers_and_words(
            "So, that being said, how can the President say it was not a major breach?"
        ),
        [(
            Refers::Described("president".to_string()),
            "it was not a major breach?"
        )]
    );
    assert_eq!(
        refers_and_words("Why did you say that the economy was strong?"),
        [(Refers::Addressee, "the economy was strong?")]
    );
    // asking whether, or about speech that may not happen: no report
    assert!(find("Did you say that the economy was strong?").is_empty());
    assert!(find("Why would you say that the economy was strong?").is_empty());
}

#[test]
fn the_object_and_comma_after_told_are_not_what_was_said() {
    assert_eq!(
        refers_and_words("As the President told you, we will win this fight."),
        [(
            Refers::Described("president".to_string()),
            "we will win this fight."
        )]
    );
}

#[test]
fn a_second_verb_after_a_comma_and_and_has_the_first_ones_subject() {
    assert_eq!(
        refers_and_words(
            "I'm sorry, you actually - there was an effort on the part of the president to have a status of forces agreement, and I concurred in that, and said that we should have some number of troops that stayed on."
        ),
        [(
            Refers::Speaker,
            "we should have some number of troops that stayed on."
        )]
    );
}

#[test]
fn all_i_hear_from_a_list_of_sources_is_that() {
    check(
        "Mr. President, Governor Romney, as a 20-year-old college student, all I hear from professors, neighbors and others is that when I graduate, I will have little chance to get employment.",
        &[(
            "when I graduate, I will have little chance to get employment.",
            &["professors, neighbors and others"],
            Indirect,
        )],
    );
    check(
        "All I hear from Senator Manchin is that he will vote no on the bill.",
        &[(
            "he will vote no on the bill.",
            &["Senator Manchin"],
            Indirect,
        )],
    );
}

#[test]
fn a_document_posted_or_issued_at_a_time_says_what_follows_saying() {
    check(
        "The Russian foreign ministry issued a statement on Monday saying that the talks had failed.",
        &[("the talks had failed.", &["Russia"], Indirect)],
    );
    check(
        "Senator Kennedy posted a tweet last night saying that they can't find the pieces.",
        &[(
            "they can't find the pieces.",
            &["Senator Kennedy"],
            Indirect,
        )],
    );
    // a document read, not issued: no one to attribute it to
    assert!(find("I read a statement on Monday saying that the talks had failed.").is_empty());
}

#[test]
fn a_source_before_that_or_who_says_with_a_second_verb() {
    check(
        "There are six other studies that looked at the study you described and say it's completely wrong.",
        &[("it's completely wrong.", &["six other studies"], Indirect)],
    );
}

#[test]
fn an_unnamed_source_in_a_place_is_named_without_its_relative_clause() {
    check(
        "I met a woman in Ohio who came up to me and said that she had lost her job.",
        &[("she had lost her job.", &["a woman in Ohio"], Indirect)],
    );
}

#[test]
fn the_speakers_relative_is_a_description_of_their_own() {
    assert_eq!(
        refers_and_words("My father used to say that a job is about a lot more than a paycheck."),
        [(
            Refers::Described("speaker's father".to_string()),
            "a job is about a lot more than a paycheck."
        )]
    );
    assert_eq!(
        refers_and_words(
            "As I always do at the end of these debates, I leave you with the words of my mom, who said: \"Go vote; it'll make you feel big and strong.\" Good night."
        ),
        [(
            Refers::Described("speaker's mother".to_string()),
            "Go vote; it'll make you feel big and strong."
        )]
    );
    // someone else's mother is no one the speaker's context names
    assert!(refers_and_words("His mother said that he would come back.").is_empty());
    // a relation opening the sentence, with no "my" before it (this read
    // before the first token in debug builds)
    assert!(refers_and_words("Dad said that we should go home now.").is_empty());
    assert_eq!(last_described("Mom, come here."), None);
}

#[test]
fn a_part_in_the_proceedings_is_a_description() {
    assert_eq!(
        refers_and_words("The witness acknowledged that the records were incomplete."),
        [(
            Refers::Described("witness".to_string()),
            "the records were incomplete."
        )]
    );
}

#[test]
fn two_plural_sources_joined_by_and_are_one_source() {
    check(
        "Doctors and nurses said that the hospital was full.",
        &[("the hospital was full.", &["Doctors and nurses"], Indirect)],
    );
    check(
        "And economists and doctors say that the plan would fail.",
        &[(
            "the plan would fail.",
            &["economists and doctors"],
            Indirect,
        )],
    );
    // the first noun is an object, not part of the subject
    check(
        "I talked to doctors and nurses said that the hospital was full.",
        &[("the hospital was full.", &["nurses"], Indirect)],
    );
}

#[test]
fn what_we_have_said_is_the_speakers_stated_position() {
    // 2012 debates: Obama on the administration's position
    assert_eq!(
        refers_and_words(
            "And despite that, what we've said is, yes, we had to take some initial emergency measures, but what we've also said is, let's make sure that we are cutting out those things that are not helping us grow."
        ),
        [
            (
                Refers::Speaker,
                "yes, we had to take some initial emergency measures"
            ),
            (
                Refers::Speaker,
                "let's make sure that we are cutting out those things that are not helping us grow."
            ),
        ]
    );
    assert_eq!(
        refers_and_words("And what we've said is let's change those certifications."),
        [(Refers::Speaker, "let's change those certifications.")]
    );
    // a frame: something between "said" and "is", or no pseudo-cleft
    assert!(
        find("And what we have said many times is that — we believe that the President’s plan is working.")
            .is_empty()
    );
    assert!(find("We've said that we will respond to this.").is_empty());
}

#[test]
fn called_names_its_object_with_a_verdict() {
    assert_eq!(
        refers_and_words(
            "The secretary of defense called these trillion dollars of cuts to our military devastating."
        ),
        [(
            Refers::Described("secretary of defense".to_string()),
            "these trillion dollars of cuts to our military devastating."
        )]
    );
    assert_eq!(
        refers_and_words("He called these cuts reckless."),
        [(Refers::Pronoun, "these cuts reckless.")]
    );
    // a telephone call, not a name: no verdict ends the clause
    assert!(find("He called them this morning.").is_empty());
    assert!(find("She called the hospital.").is_empty());
}

#[test]
fn the_administration_is_the_presidents() {
    assert_eq!(
        refers_and_words(
            "In late January, the administration announced dozens of Bradleys would be sent to Ukraine."
        ),
        [(
            Refers::Described(subject::ADMINISTRATION.to_string()),
            "dozens of Bradleys would be sent to Ukraine."
        )]
    );
    // a demonstrative and its verb after "indicated" is what was said
    assert_eq!(
        refers_and_words(
            "This - the administration - the administration indicated this was a reaction to a video."
        ),
        [(
            Refers::Described(subject::ADMINISTRATION.to_string()),
            "this was a reaction to a video."
        )]
    );
    // a qualifier makes it someone else's administration
    assert!(find("The new administration announced that it would act.").is_empty());
}

#[test]
fn a_gerund_subject_after_said_starts_what_was_said() {
    assert_eq!(
        refers_and_words(
            "The administration officials have said growing real wages is an important marker for the economy."
        ),
        [(
            Refers::Described(subject::ADMINISTRATION.to_string()),
            "growing real wages is an important marker for the economy."
        )]
    );
    assert_eq!(
        refers_and_words("The President said protecting our troops is the first priority."),
        [(
            Refers::Described("president".to_string()),
            "protecting our troops is the first priority."
        )]
    );
    // "during" is a preposition: what follows it is no subject
    assert_eq!(
        refers_and_words("He said during the meeting it was fine."),
        [(Refers::Pronoun, "it was fine.")]
    );
}

#[test]
fn asking_reports_a_question_and_a_time_phrase_may_precede_about() {
    // a progressive "asking" asks as "asked" does
    assert_eq!(
        refers_and_words("Senator Smith was asking whether the President would veto it."),
        [(Refers::Named, "whether the President would veto it.")]
    );
    // "as you were asking the question" attributes nothing around it
    assert!(
        find("I am learning about this as you are — as you were asking the question.").is_empty()
    );
    // the February 2023 briefings: a phrase of time between the verb and
    // "about"
    assert_eq!(
        refers_and_words(
            "And you spoke at the top about kind of reassessing radar given what happened with the initial balloon."
        ),
        [(
            Refers::Addressee,
            "kind of reassessing radar given what happened with the initial balloon."
        )]
    );
    assert_eq!(
        refers_and_words(
            "Secretary Austin spoke yesterday about the need to modernize our forces."
        ),
        [(Refers::Named, "the need to modernize our forces.")]
    );
}

#[test]
fn a_noun_after_with_or_a_verb_of_perceiving_says_its_participle() {
    assert_eq!(
        refers_and_words("The talks collapsed, with the Kremlin saying that it would not attend."),
        [(Refers::Named, "it would not attend.")]
    );
    assert_eq!(
        refers_and_words("You had the Pentagon saying that the balloon was harmless."),
        [(Refers::Named, "the balloon was harmless.")]
    );
    // the participle after an object is the sentence subject's
    assert!(find("He criticized the plan saying that it was too costly.").is_empty());
}

#[test]
fn a_report_noun_takes_its_source_after_from_and_stops_before_the_question() {
    // the February 2023 briefings
    assert_eq!(
        refers_and_words(
            "But on the criticism coming from lawmakers that the President hasn’t spoken out more on this, should we expect to hear from him?"
        ),
        [(
            Refers::Unnamed,
            "the President hasn’t spoken out more on this"
        )]
    );
    assert_eq!(
        refers_and_words(
            "There were warnings from the Pentagon that the balloon could carry weapons."
        ),
        [(Refers::Named, "the balloon could carry weapons.")]
    );
    // no source: nobody's claims
    assert!(find("He rejected claims that he had lied.").is_empty());
}

#[test]
fn wanted_to_know_reports_a_question_and_nobody_is_no_source() {
    assert_eq!(
        refers_and_words("Senator Smith wanted to know whether the President would veto the bill."),
        [(Refers::Named, "whether the President would veto the bill.")]
    );
    assert_eq!(
        refers_and_words("The governor wants to know if federal help is coming soon."),
        [(
            Refers::Described("governor".to_string()),
            "if federal help is coming soon."
        )]
    );
    // the speaker's own question, asked now
    assert!(find("I wanted to know whether the President would veto the bill.").is_empty());
    // "Nobody said" is negated; "Everyone" names no one
    assert!(find("Nobody said that the balloon was harmless.").is_empty());
    assert!(find("Everyone said that the balloon was harmless.").is_empty());
}

#[test]
fn demanded_reports_what_was_demanded() {
    // Lavrov's press conference of 18 January 2021
    assert_eq!(
        refers_and_words(
            "It was his wife who insisted that he must be allowed to leave Russia, as well as the German authorities, who demanded quite aggressively that we hand him over without delay."
        )
        .last()
        .cloned(),
        Some((Refers::Named, "we hand him over without delay."))
    );
    assert_eq!(
        refers_and_words("He demanded the documents be returned."),
        [(Refers::Pronoun, "the documents be returned.")]
    );
    // a thing demanded is no words
    assert!(find("The situation demanded a response from the President.").is_empty());
}

#[test]
fn a_source_named_by_whose_it_is() {
    // White House briefing of 14 February 2023: the definite description
    // names the family; the phrase ends at its comma
    check(
        "And the family of Emmett Till, last week, filed a lawsuit demanding that a Mississippi sheriff serve the arrest warrant.",
        &[(
            "a Mississippi sheriff serve the arrest warrant.",
            &["the family of Emmett Till"],
            Indirect,
        )],
    );
    check(
        "A friend of mine said that the economy is getting better.",
        &[(
            "the economy is getting better.",
            &["A friend of mine"],
            Indirect,
        )],
    );
    // "the family of the victim" may be anyone's named before: no source
    assert!(
        find("The family of the victim said that a sheriff should serve the warrant.").is_empty()
    );
}

#[test]
fn a_call_made_to_convey_or_offer() {
    // White House briefings of 10 and 16 February 2023
    check(
        "And, of course, following the January 8 attack on Brazil's democracy, President Biden was quick to call President Lula to convey the United States' unwavering support for democracy in Brazil.",
        &[(
            "the United States' unwavering support for democracy in Brazil.",
            &["President Biden"],
            Indirect,
        )],
    );
    check(
        "President Biden spoke directly to Governor DeWine to offer federal assistance.",
        &[("federal assistance.", &["President Biden"], Indirect)],
    );
    // a call made for something else, or the speaker's own
    assert!(find("He called the plumber to fix the sink.").is_empty());
    assert!(find("I called him to offer my condolences.").is_empty());
}

#[test]
fn asking_for_and_have_been_saying() {
    // White House briefing of 14 February 2023: a request, its subject a
    // share of a group; "have been" makes the participle finite
    check(
        "Since the shooting though, a number of gun safety advocates have been asking again for a national emergency to be declared.",
        &[(
            "a national emergency to be declared.",
            &["a number of gun safety advocates"],
            Indirect,
        )],
    );
    check(
        "The Republicans have been saying that the economy is in trouble.",
        &[(
            "the economy is in trouble.",
            &["Republican Party"],
            Indirect,
        )],
    );
    // a directive is no request of words, nor a thing asked to be done
    assert!(find("He asked for Jake Sullivan to run this process.").is_empty());
    assert!(find("That's why he asked for this to be stood up.").is_empty());
}

#[test]
fn urged_the_west_appealed_to_and_talked_about_a_topic_and_how() {
    // White House briefing of 17 February 2023 (Zelenskyy in Munich)
    check(
        "He appealed to the West to provide more weapons more quickly.",
        &[("to provide more weapons more quickly.", &[], Indirect)],
    );
    check(
        "He urged the West to provide more weapons more quickly.",
        &[("to provide more weapons more quickly.", &[], Indirect)],
    );
    assert!(find("He appealed to voters in Ohio with a speech about jobs.").is_empty());
    // The first 2012 presidential debate
    check(
        "It means that Governor Romney talked about Medicaid and how we could send it back to the states.",
        &[(
            "how we could send it back to the states.",
            &["Governor Romney"],
            Indirect,
        )],
    );
    assert!(
        find("I talked about Medicaid and how we could send it back to the states.").is_empty()
    );
}

#[test]
fn a_position_someone_has_says_what_they_say() {
    // The first 2012 presidential debate
    check(
        "Governor Romney has a perspective that says if we cut taxes, skewed towards the wealthy, and roll back regulations, that we'll be better off.",
        &[(
            "if we cut taxes, skewed towards the wealthy, and roll back regulations, that we'll be better off.",
            &["Governor Romney"],
            Indirect,
        )],
    );
    // the speaker's own plan, or a thing's, is no report
    assert!(find("We have a plan that says we should cut taxes.").is_empty());
    assert!(find("The city has a policy that says dogs must be leashed.").is_empty());
}

#[test]
fn on_record_stating() {
    // The second 2012 presidential debate
    check(
        "Your energy secretary, Steven Chu, has now been on record three times stating it's not policy of his department to help lower gas prices.",
        &[(
            "it's not policy of his department to help lower gas prices.",
            &["Steven Chu"],
            Indirect,
        )],
    );
    check(
        "He went on record saying that the plan would fail.",
        &[("the plan would fail.", &[], Indirect)],
    );
    // the speaker's own record is no report
    assert!(find("I went on record saying that the plan would fail.").is_empty());
}

#[test]
fn talked_as_if() {
    // The third 2012 presidential debate
    check(
        "The disagreement I have with Governor Romney is that, during the course of this campaign, he's often talked as if we should take premature military action.",
        &[("we should take premature military action.", &[], Indirect)],
    );
    assert!(find("I talked as if we were ready for it.").is_empty());
}

#[test]
fn as_a_description_then_the_name_said() {
    // White House briefing of 13 February 2023
    let s = "Our radar capabilities — as the Commander of NORTHCOM and NORAD, General VanHerck, said last night — may at least partly explain the increase in the objects.";
    let got: Vec<(Vec<String>, bool)> = find(s)
        .into_iter()
        .map(|r| (r.who, s[r.range].contains("may at least partly explain")))
        .collect();
    assert_eq!(got, [(vec!["General VanHerck".to_string()], true)]);
    // "as well as the German authorities, who demanded …" attributes
    // nothing to the words before it
    let s = "It was his wife who insisted that he must be allowed to leave Russia, as well as the German authorities, who demanded quite aggressively that we hand him over.";
    assert_eq!(refers_and_words(s), [(Refers::Named, "we hand him over.")]);
}

#[test]
fn floating_quantifiers_and_coordinated_verbs_of_saying() {
    // 02-17 briefing: "all" after the pronoun, and a second verb of saying
    // joined by "and": one report, of what follows the second verb
    assert_eq!(
        refers_and_words(
            "And let’s not forget, just weeks ago, they all said and were saying that they wanted to repeal the Inflation Reduction Act."
        ),
        [(
            Refers::Plural,
            "they wanted to repeal the Inflation Reduction Act."
        )]
    );
    assert_eq!(
        refers_and_words("You both said that the plan would fail."),
        [(Refers::Addressee, "the plan would fail.")]
    );
    // "and" before something other than a verb of saying
    assert!(find("He said and did nothing about it.").is_empty());
}

#[test]
fn a_report_in_a_fronted_clause_ends_before_the_main_clause() {
    // 2012-10-16 debate; 02-17 briefing (the main clause asks)
    assert_eq!(
        refers_and_words(
            "When you said I wanted to take the auto industry bankrupt, you actually did."
        ),
        [(
            Refers::Addressee,
            "I wanted to take the auto industry bankrupt"
        )]
    );
    assert_eq!(
        refers_and_words(
            "When the President says he’s going to support Ukraine as long as it takes, does it mean that if President Zelenskyy decides to launch a battle to retake Crimea, the President would support him as well?"
        ),
        [(
            Refers::Described("president".to_string()),
            "he’s going to support Ukraine as long as it takes"
        )]
    );
    // "you know," is a filler, not the end of the clause; "as" attributes
    // the main clause
    assert_eq!(
        refers_and_words("When he said that we would, you know, win the war, we believed him."),
        [(Refers::Pronoun, "we would, you know, win the war")]
    );
    assert_eq!(
        refers_and_words("As Secretary Blinken said, the war will end."),
        [(Refers::Named, "the war will end.")]
    );
}

/// (form, attribution) of each report of `s`.
fn forms(s: &str) -> Vec<(&'static str, Option<String>)> {
    let reps = find(s);
    let spans: Vec<Range<usize>> = reps.iter().map(|r| r.range.clone()).collect();
    reps.iter()
        .map(|r| (report_form(s, r), attribution(s, r.range.clone(), &spans)))
        .collect()
}

#[test]
fn report_forms_and_attribution_words() {
    // a quotation that is a sentence, after a comma; the frame after it
    assert_eq!(
        forms("She said, \"I've been out of work since May. Can you help me?\""),
        [
            ("direct", Some("She said".to_string())),
            ("direct", Some("She said".to_string()))
        ]
    );
    assert_eq!(
        forms("“We will not back down,” Sergey Lavrov said."),
        [("direct", Some("Sergey Lavrov said".to_string()))]
    );
    // a phrase of the reporter's sentence: lower case, or the sentence goes
    // on after it (28 January briefing)
    assert_eq!(
        forms("President Frank-Walter Steinmeier called them “repulsive.”"),
        [(
            "fragment",
            Some("President Frank-Walter Steinmeier called them".to_string())
        )]
    );
    // indirect, "that" dropped from the frame
    assert_eq!(
        forms("Alexey Navalny has said that he is returning home with a clear conscience."),
        [("indirect", Some("Alexey Navalny has said".to_string()))]
    );
}

#[test]
fn stances_expressed_and_verbs_of_emphasis() {
    // The 2023 White House briefings (02-16, 02-17) and the sample.
    check(
        "China expressed its support for the UN Charter and its principles.",
        &[(
            "its support for the UN Charter and its principles.",
            &["China"],
            Indirect,
        )],
    );
    assert_eq!(
        refers_and_words(
            "Some members have expressed publicly their concerns about support for Ukraine."
        ),
        [(Refers::Unnamed, "their concerns about support for Ukraine.")]
    );
    // the speaker's own stance, and a stance with no object, report nothing
    check(
        "I expressed my concern about the situation in Ukraine.",
        &[],
    );
    check("We expressed our support for the people of Turkey.", &[]);
    check("They expressed their concern.", &[]);
    assert_eq!(
        refers_and_words(
            "They further underline that Iran’s nuclear advances, as documented by the IAEA, have no credible civilian purpose."
        ),
        [(
            Refers::Plural,
            "Iran’s nuclear advances, as documented by the IAEA, have no credible civilian purpose."
        )]
    );
    check(
        "Russia stresses that the talks must continue.",
        &[("the talks must continue.", &["Russia"], Indirect)],
    );
    check(
        "The minister underlined that the talks would continue.",
        &[("the talks would continue.", &[], Indirect)],
    );
}

#[test]
fn an_anaphoric_report_may_end_in_a_longer_phrase_without_a_comma() {
    // The 2023-02-10 and 02-17 briefings.
    assert_eq!(
        refers_and_words("And — and he mentioned this in the State of the Union."),
        [(
            Refers::Pronoun,
            "— and he mentioned this in the State of the Union."
        )]
    );
    assert_eq!(
        refers_and_words(
            "As you know, he says it many times when he speaks in front of the American people."
        ),
        [(
            Refers::Pronoun,
            "As you know, he says it many times when he speaks in front of the American people."
        )]
    );
    // a comma after the pronoun may open the speaker's own comment
    assert!(find("He said this last week, I think it was Tuesday, in Ohio.").is_empty());
}

#[test]
fn a_three_word_sentence_may_report() {
    // The 2023-02-13 briefing: "We know the first one was Chinese.  They
    // admitted it." (China, from the sentence before, in the document).
    assert_eq!(
        refers_and_words("They admitted it."),
        [(Refers::Plural, "They admitted it.")]
    );
    assert_eq!(
        refers_and_words("He said yes."),
        [(Refers::Pronoun, "yes.")]
    );
    assert!(find("Thank you, sir.").is_empty());
}

#[test]
fn a_story_in_an_outlet_reports_for_the_outlet() {
    // The 2023-02-17 briefing.
    check(
        "Had you seen this story in Aviation Week that an Illinois hobby club feels like their balloon might have been a candidate for the balloon shot down a week ago?",
        &[(
            "an Illinois hobby club feels like their balloon might have been a candidate for the balloon shot down a week ago?",
            &["Aviation Week"],
            Indirect,
        )],
    );
    check(
        "There's a piece in Politico this morning that says the White House is worried.",
        &[("the White House is worried.", &["Politico"], Indirect)],
    );
    // a month is no outlet
    check(
        "There was a report in March that the talks had failed.",
        &[],
    );
}

#[test]
fn words_between_dashes_before_the_verb() {
    check(
        "President Putin — and I agree with him — said that the talks must continue.",
        &[("the talks must continue.", &["President Putin"], Indirect)],
    );
    check(
        "Secretary Blinken – who was in Munich last week – told his counterpart that the talks must continue.",
        &[("the talks must continue.", &["Secretary Blinken"], Indirect)],
    );
    // a dash that opens no parenthetical still ends the subject
    check("Nothing about Ukraine without Ukraine — said.", &[]);
}

#[test]
fn a_quoted_phrase_then_a_relative_clause_of_saying() {
    // The sample press conference.
    assert_eq!(
        refers_and_words(
            "Former US Secretary of State Rex Tillerson has refused to provide the “irrefutable proof” he had said publicly they have."
        ),
        [(Refers::Pronoun, "irrefutable proof")]
    );
    assert_eq!(
        refers_and_words("We reject the “reset” that she promised in Geneva."),
        [(Refers::Pronoun, "reset")]
    );
    // the speaker's own words, and a phrase no clause of saying follows
    assert!(find("These are the “red lines” I talked about.").is_empty());
    assert!(find("The “Minsk agreements” must be implemented.").is_empty());
}

#[test]
fn a_demand_without_that_and_a_bare_verb() {
    // The sample press conference.
    assert_eq!(
        refers_and_words(
            "Sometimes China is also added, for example when US State Secretary Mike Pompeo was touring Africa, he demanded Africans stop trading with Russia and China, because the Russians and the Chinese had some “hidden agenda” while the US would trade with Africa selflessly."
        ),
        [(
            Refers::Pronoun,
            "Africans stop trading with Russia and China, because the Russians and the Chinese had some “hidden agenda” while the US would trade with Africa selflessly."
        )]
    );
    check(
        "Washington demanded Moscow withdraw its troops from the border.",
        &[(
            "Moscow withdraw its troops from the border.",
            &["United States"],
            Indirect,
        )],
    );
    // no verb after the name: nothing said
    check("He demanded Africans.", &[]);
}

/// Whom a sentence that [`points_ahead`] names, and the words its report
/// starts at.
fn pointer(s: &str) -> Option<(Refers, Vec<String>, &str)> {
    points_ahead(s).map(|r| (r.refers, r.who, &s[r.range]))
}

#[test]
fn a_sentence_that_someone_talked_about_this_points_to_the_next() {
    // Kirby, 13 February 2023: what VanHerck said follows.
    assert_eq!(
        pointer("And they looked at — and he talked about this."),
        Some((Refers::Pronoun, vec![], "this."))
    );
    assert_eq!(
        pointer("No, I mean — and you heard General VanHerck talk about this last night."),
        Some((
            Refers::Named,
            vec!["General VanHerck".to_string()],
            "this last night."
        ))
    );
    assert_eq!(
        pointer("The commander of NORAD, General VanHerck, spoke to this last week."),
        Some((
            Refers::Named,
            vec!["General VanHerck".to_string()],
            "this last week."
        ))
    );
    // the speaker's own, the person addressed, a future, a longer tail,
    // a verb that says it again
    assert_eq!(
        pointer("I talked about that in my opening statement."),
        None
    );
    assert_eq!(pointer("You talked about this yesterday."), None);
    assert_eq!(pointer("So I would — I will let them speak to this."), None);
    assert_eq!(
        pointer("He talked about it this week, he talked about it at the State of the Union."),
        None
    );
    assert_eq!(
        pointer("And he mentioned this in the State of the Union."),
        None
    );
    assert_eq!(pointer("Did he talk about this?"), None);
}

#[test]
fn what_follows_a_pointer_is_a_statement_not_in_the_speakers_voice() {
    let words = |s: &'static str| pointed_content(s).map(|r| &s[r.range]);
    assert_eq!(
        words("They looked at other options to try to bring them down, to include gunfire."),
        Some("They looked at other options to try to bring them down, to include gunfire.")
    );
    assert_eq!(
        words("And I think the President actually got asked this question, and he spoke to it."),
        None
    );
    assert_eq!(
        words("We need to make sure those programs are protected."),
        None
    );
    assert_eq!(words("Why did he wait?"), None);
}

#[test]
fn a_phrase_of_circumstance_in_commas_may_stand_before_the_verb() {
    // the White House briefing of 13 February 2023
    check(
        "My understanding is that the top officials in the Pentagon, when asked explicitly if they were ruling out any kind of extraterrestrial presence, said they weren’t ruling anything out.",
        &[("they weren’t ruling anything out.", &["Pentagon"], Indirect)],
    );
    // the subject is before the phrase, not in it ("Sunday", "the
    // President")
    check(
        "The Pentagon, in a statement on Sunday, said that the object was shot down.",
        &[("the object was shot down.", &["Pentagon"], Indirect)],
    );
    check(
        "President Zelenskyy, after meeting the President, said that the visit was historic.",
        &[(
            "the visit was historic.",
            &["President Zelenskyy"],
            Indirect,
        )],
    );
    // an appositive is read as before
    check(
        "Gary Stern, who was the General Counsel of NARA, said that the boxes were moved.",
        &[("the boxes were moved.", &["Gary Stern"], Indirect)],
    );
}

#[test]
fn what_was_said_about_a_topic_may_follow_a_dash_and_that() {
    // the White House briefing of 14 February 2023
    check(
        "And this entire subject reminds me of what Supreme Court Justice Potter Stewart once said about obscenity — that he couldn’t define it, but he knew it when he saw it.",
        &[(
            "he couldn’t define it, but he knew it when he saw it.",
            &["Supreme Court Justice Potter Stewart"],
            Indirect,
        )],
    );
    // no dash or colon: "that" may be the topic's relative pronoun, and
    // nothing is read, as before
    check(
        "He said about the things that I've done that they're not accurate.",
        &[],
    );
}

#[test]
fn a_question_asked_in_its_own_words_is_the_askers() {
    // the White House briefing of 17 February 2023 (gold rule 4)
    assert_eq!(
        refers_and_words(
            "So you’re asking me, can I promise that — that if he were to take that action, that every single thing would turn out to be exactly what we thought it would be?"
        ),
        vec![(
            Refers::Addressee,
            "can I promise that — that if he were to take that action, that every single thing would turn out to be exactly what we thought it would be?"
        )]
    );
    assert_eq!(
        refers_and_words("And your second question was, how were we tracking these before?"),
        vec![(Refers::Addressee, "how were we tracking these before?")]
    );
    // not a question, or the speaker's own
    assert_eq!(refers_and_words("Your question was, it is over."), vec![]);
    assert_eq!(refers_and_words("I asked him, will you come?"), vec![]);
}

#[test]
fn the_subject_of_a_first_verb_speaks_after_and() {
    // the White House briefing of 16 February 2023: "he’s" holds the
    // subject, "That’s why" opens the clause, "increased" is a second
    // verb before the third
    assert_eq!(
        refers_and_words(
            "That’s why he’s adopted a strong leadership team and increased funding for the NLRB and has urged Congress to pass the PRO Act, to strengthen opportunities for private-sector workers to make a free and fair choice."
        ),
        vec![(
            Refers::Pronoun,
            "to pass the PRO Act, to strengthen opportunities for private-sector workers to make a free and fair choice."
        )]
    );
    // an irregular past first ("sent"), an adverb before the second verb
    check(
        "China sent the balloon and then claimed that it was a weather balloon.",
        &[("it was a weather balloon.", &["China"], Indirect)],
    );
    // the speaker's own
    assert_eq!(
        refers_and_words("I’ve adopted a strong team and urged Congress to pass the PRO Act."),
        vec![]
    );
}

#[test]
fn a_position_stated_by_clear_about_a_gerund() {
    // the White House briefing of 14 February 2023 (gold rule 5)
    assert_eq!(
        refers_and_words("Well, the President has been always very clear about reforming 230."),
        vec![(Refers::Described("president".into()), "reforming 230.")]
    );
    assert_eq!(
        refers_and_words("The President has been clear about not cutting Medicare."),
        vec![(
            Refers::Described("president".into()),
            "not cutting Medicare."
        )]
    );
    // the speaker's side, or no gerund
    assert_eq!(
        refers_and_words("We have been very clear about reforming 230."),
        vec![]
    );
    assert_eq!(refers_and_words("He was clear about that."), vec![]);
}

#[test]
fn making_the_case_that_reports_the_clause() {
    assert_eq!(
        refers_and_words("She has made the argument that taxes should go up."),
        vec![(Refers::Pronoun, "taxes should go up.")]
    );
    assert_eq!(
        refers_and_words("The President made the point that the economy is growing."),
        vec![(
            Refers::Described("president".into()),
            "the economy is growing."
        )]
    );
    // a relative clause, and the speaker's own
    assert_eq!(
        refers_and_words("He made a point that was completely wrong and misleading."),
        vec![]
    );
    assert_eq!(
        refers_and_words("I made the point that the economy is growing."),
        vec![]
    );
}

#[test]
fn a_question_put_in_the_passive_is_the_questioners() {
    // the White House briefings of 16 and 17 February 2023 (gold rule 4)
    assert_eq!(
        refers_and_words("I know that’s been asked a couple of times."),
        vec![(
            Refers::Questioner,
            "I know that’s been asked a couple of times."
        )]
    );
    assert_eq!(
        refers_and_words(
            "But when I’ve been asked what are they exactly, we believe they are benign."
        ),
        vec![(
            Refers::Questioner,
            "what are they exactly, we believe they are benign."
        )]
    );
    // an agent asked it (and is read as before), a sentence cut short, a
    // question not pointed at
    assert_eq!(
        refers_and_words("He was asked by teachers whether this would help."),
        vec![(Refers::Unnamed, "whether this would help.")]
    );
    assert_eq!(
        refers_and_words("No, he was speaking to — he got asked specifically about"),
        vec![]
    );
    assert_eq!(refers_and_words("He got asked to leave the room."), vec![]);
}

#[test]
fn your_colleague_is_one_of_the_press() {
    // the White House briefing of 14 February 2023
    assert_eq!(
        refers_and_words(
            "So, I know your colleague asked my colleague this earlier today during his gaggle."
        ),
        vec![(
            Refers::Questioner,
            "I know your colleague asked my colleague this earlier today during his gaggle."
        )]
    );
    assert_eq!(
        refers_and_words("Your colleague said that the meeting was canceled."),
        vec![(Refers::Questioner, "the meeting was canceled.")]
    );
    // "asked that …" is a request's clause, not a question asked before
    assert_eq!(
        refers_and_words("They asked that we leave the room."),
        vec![]
    );
}

#[test]
fn a_phrase_of_time_may_stand_between_talked_about_and_how() {
    // the White House briefing of 17 February 2023
    check(
        "I just laid out moments ago how Republicans have been talking about for years — for years — how they want to cut those really key programs for our veterans, for our seniors.",
        &[(
            "how they want to cut those really key programs for our veterans, for our seniors.",
            &["Republican Party"],
            Indirect,
        )],
    );
    // a verb in the phrase: no insert
    check("He talked about for a while what he would do.", &[]);
}

#[test]
fn whom_one_heard_before_a_comma_and_that_said_it() {
    // the White House briefing of 17 February 2023
    assert_eq!(
        refers_and_words(
            "And you heard the President, that he will — he will want to have another conversation with President Xi, as you might expect that he would."
        ),
        vec![(
            Refers::Described("president".into()),
            "he will — he will want to have another conversation with President Xi, as you might expect that he would."
        )]
    );
    // the person addressed is no source here, nor "that is"
    assert_eq!(
        refers_and_words("I heard you, that you want more time."),
        vec![]
    );
    assert_eq!(
        refers_and_words("We heard, that is, the whole thing."),
        vec![]
    );
}

#[test]
fn a_description_as_written_names_an_unnamed_source() {
    // the White House briefing of 16 February 2023
    let s = "The mayor of East Palestine said yesterday it was the first time he had heard anything from the White House about the train derailment.";
    let rep = &find(s)[0];
    assert_eq!(
        rep.refers,
        Refers::Described("mayor of east palestine".into())
    );
    assert_eq!(
        described_as_written(s, rep.range.start, "mayor of east palestine").as_deref(),
        Some("the mayor of East Palestine")
    );
    // the Senate of 1 March 2023 (Congressional Record)
    let s = "Mr. President, yesterday the Republican leader said that the debt limit is not negotiable.";
    let rep = &find(s)[0];
    assert_eq!(
        described_as_written(s, rep.range.start, "republican leader").as_deref(),
        Some("the Republican leader")
    );
    // a possessive determiner, lower-cased when it opens the sentence
    let s = "Your secretary of state has said that the talks are over.";
    let rep = &find(s)[0];
    assert_eq!(
        described_as_written(s, rep.range.start, "secretary of state").as_deref(),
        Some("your secretary of state")
    );
    // the descriptions only the context resolves
    assert_eq!(
        described_as_written("My opponent said it.", 12, "speaker's mother"),
        None
    );
}

#[test]
fn told_this_house_that() {
    // the European Parliament, 15 February 2023
    assert_eq!(
        refers_and_words(
            "Madam President, honourable Members, last week President Zelenskyy told this House that Ukraine is Europe."
        ),
        vec![(Refers::Named, "Ukraine is Europe.")]
    );
    // "this" after "said" opens what was said
    assert_eq!(
        refers_and_words("He said this House that we built is strong."),
        vec![(Refers::Pronoun, "this House that we built is strong.")]
    );
}

#[test]
fn an_organisations_name_before_the_role_is_part_of_the_description() {
    assert_eq!(
        refers_and_words(
            "Just last week, the Federal Reserve chair said that inflation is coming down."
        ),
        vec![(
            Refers::Described("federal reserve chair".into()),
            "inflation is coming down."
        )]
    );
    assert_eq!(
        refers_and_words("The State Department spokesman told reporters that the talks had ended."),
        vec![(
            Refers::Described("state department spokesman".into()),
            "the talks had ended."
        )]
    );
    // one modifier in lower case, as before
    assert_eq!(
        refers_and_words("I think the new president said that it is over."),
        vec![(Refers::Described("new president".into()), "it is over.")]
    );
}
