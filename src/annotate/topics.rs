//! Topics: the people, countries, organisations, places and other named
//! things a text is about.
//!
//! [`find_topics`] combines the built-in [gazetteer](crate::text::gazetteer)
//! with capitalised-phrase detection:
//!
//! 1. **Gazetteer first.** Every gazetteer match is a unit ("Latvian State
//!    Security Service", "Russian", "UN Security Council"); its canonical
//!    name and kind are used. Hyphenated compounds give every part
//!    ("Russian-Chinese" → Russia, China).
//! 2. **Capitalised phrases.** Runs of capitalised words (and gazetteer
//!    units), joined by single spaces, may contain lower-case connectors
//!    "of", "for", "on", "the", "and" when they continue an organisation,
//!    document or title ("Prosecutor General’s Office of Russia",
//!    "International Covenant on Civil and Political Rights", "Department of
//!    Family and Protective Services"), and name particles ("von der").
//! 3. **Stop rules.** A sentence-initial capitalised word counts only if it is
//!    in the gazetteer, is a known surname, recurs elsewhere in the text, or
//!    starts a longer name ("Mark Schmidt masterminded…"); common sentence
//!    starters (The, This, We, In, However…), the pronoun "I", months and
//!    weekdays never count.
//! 4. **Titles and honorifics are removed**, and mark what follows as a
//!    person: "Foreign Minister Sergey Lavrov" → Sergey Lavrov; "Mr Navalny"
//!    → Navalny; "Foreign Minister of Sweden Ann Linde" → Sweden, Ann Linde;
//!    "Spokesman for the German Government Steffen Seibert" → German
//!    Government, Steffen Seibert. A title directly followed by an
//!    organisation word is part of the organisation ("Prosecutor General’s
//!    Office").
//! 5. **Splitting.** A phrase is cut after a country or place unless an
//!    organisation, place or document word follows ("German Foreign
//!    Ministry" stays whole, "Sweden Ann Linde" does not), after an
//!    organisation word unless a complement follows ("German Government |
//!    Steffen Seibert"), and after a possessive.
//!
//! # Kinds
//!
//! * gazetteer units keep their kind;
//! * **person**: after a title or honorific; or two to four name words
//!   starting with a known first name or ending in a common surname suffix
//!   (-ov, -eva, -sky, -enko, -yan, -dze…); or a single known surname
//!   (resolved to the gazetteer's full name: "Navalny" → Alexey Navalny) or
//!   the surname of a full name seen earlier in the same text;
//! * **organisation / place / other**: by the last head word before any
//!   connector: Ministry, Council, Service, Fund, Office, Embassy… →
//!   organisation; Region, River, Sea, Airport, Square… → place; Treaty,
//!   Convention, Resolution, Day, Year, War… → other;
//! * anything else capitalised → **other** ("Novichok", "Old World").
//!
//! # Nested names
//!
//! A longer name also yields the countries, organisations and people inside
//! it, marked `nested`: "Latvian State Security Service" → Latvia; "Sputnik
//! Latvia" (organisation) → Sputnik, Latvia; "UN Security Council" → UN;
//! "German Foreign Ministry" → Germany. Places inside names are *not*
//! repeated ("OSCE Minsk Group" is not about the city of Minsk, nor "Leningrad
//! Front" about today's St Petersburg), and names inside countries and places
//! never are ("Papua New Guinea" is not Guinea). Inside treaties and other
//! `other` entries only countries are repeated.
//!
//! # Merging variants
//!
//! [`merge_person_variants`] maps the person names of a corpus to canonical
//! full names: spelling variants (Sergey/Sergei, Alexey/Alexei/Aleksei,
//! Zelensky/Zelenskyy) by Jaro–Winkler similarity of transliteration-folded
//! name tokens, and surname-only forms ("Navalny", "Mr Navalny") to the one
//! full name with that surname.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

use crate::text::gazetteer::{
    EntityKind, FastMap, GazMention, Gazetteer, is_apostrophe, is_hyphen, strip_possessive,
};

/// A topic found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicMention {
    /// Byte range of the name in the text (titles, honorifics, a leading
    /// "the" and a possessive `’s` excluded).
    pub range: Range<usize>,
    /// Canonical name: the gazetteer's, or the phrase as written with
    /// whitespace collapsed.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// The name lies inside a longer topic ("Latvia" in "Latvian State
    /// Security Service").
    pub nested: bool,
}

/// Finds the topics of a text with the built-in gazetteer; see the module
/// documentation. Mentions are in text order (longer first at the same
/// start).
pub fn find_topics(text: &str) -> Vec<TopicMention> {
    find_topics_with(Gazetteer::builtin(), text)
}

/// [`find_topics`] with a given gazetteer (e.g. the built-in one extended
/// with user entries).
pub fn find_topics_with(gaz: &Gazetteer, text: &str) -> Vec<TopicMention> {
    let toks = tokenize(text);
    if toks.is_empty() {
        return Vec::new();
    }
    let gms = gaz.find(text);
    let units = build_units(&toks, &gms);
    let mut f = Finder {
        gaz,
        text,
        toks: &toks,
        gms: &gms,
        units: &units,
        out: Vec::new(),
    };
    let mut u = 0;
    while u < units.len() {
        if f.startable(u) {
            let end = f.run_end(u);
            f.process_run(u, end);
            u = end;
        } else {
            u += 1;
        }
    }
    let mut out = f.out;
    resolve_surnames_in_text(&mut out);
    link_parenthesised_acronyms(text, &mut out);
    out.sort_by(|a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then(b.range.end.cmp(&a.range.end))
            .then(a.nested.cmp(&b.nested))
    });
    out.dedup_by(|b, a| a.range == b.range && a.name == b.name);
    out
}

// ── Word classes ────────────────────────────────────────────────────────

/// What a word is, for phrase building.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A capitalised word that may be (part of) a name.
    Name,
    /// President, Minister, Secretary, Spokeswoman…
    Title,
    /// Foreign, Prime, Deputy, Affairs, Security… (title material).
    Role,
    /// Mr, Ms, Dr…
    Honorific,
    /// Ministry, Council, Service…
    OrgHead,
    /// Region, River, Sea…
    PlaceHead,
    /// Treaty, Convention, Day…
    OtherHead,
    /// Capitalised function words, sentence starters, "I".
    Stop,
    /// Months and weekdays.
    Calendar,
    /// of, for, on, the, and.
    Connector,
    /// von, van, der, de, al, bin…
    Particle,
    /// Any other lower-case word.
    Lower,
}

impl Class {
    fn is_head(self) -> bool {
        matches!(self, Class::OrgHead | Class::PlaceHead | Class::OtherHead)
    }

    fn head_kind(self) -> Option<EntityKind> {
        match self {
            Class::OrgHead => Some(EntityKind::Organisation),
            Class::PlaceHead => Some(EntityKind::Place),
            Class::OtherHead => Some(EntityKind::Other),
            _ => None,
        }
    }
}

#[rustfmt::skip]
const TITLES: &[&str] = &[
    "president", "vice-president", "minister", "ministers", "secretary", "secretary-general",
    "spokeswoman", "spokesman", "spokesperson", "chancellor", "premier", "ambassador",
    "ambassadors", "envoy", "representative", "commissioner", "director", "director-general",
    "chairman", "chairwoman", "chairperson", "chairperson-in-office", "chair", "co-chair",
    "co-chairs", "mayor", "governor", "senator", "congressman", "congresswoman", "speaker",
    "king", "queen", "prince", "princess", "emperor", "empress", "pope", "patriarch",
    "metropolitan", "archbishop", "bishop", "cardinal", "rabbi", "imam", "mufti", "sheikh",
    "emir", "sultan", "colonel", "lieutenant", "general", "captain", "admiral", "commander",
    "sergeant", "major-general", "lieutenant-general", "correspondent", "professor", "judge",
    "prosecutor", "prosecutor-general", "attorney", "attorney-general", "counsellor",
    "counselor", "adviser", "advisor", "aide", "coordinator", "head", "leader", "ombudsman",
    "ombudsperson", "consul", "consul-general", "deputy", "chief", "primate", "marshal",
    "justice-minister", "vice-premier", "vice-chancellor",
];

#[rustfmt::skip]
const ROLES: &[&str] = &[
    "foreign", "prime", "vice", "first", "acting", "former", "special", "presidential",
    "executive", "high", "senior", "permanent", "federal", "state", "defence", "defense",
    "justice", "interior", "internal", "security", "affairs", "policy", "arms", "control",
    "human", "rights", "expatriates", "finance", "economy", "economic", "trade", "health",
    "energy", "education", "culture", "environment", "agriculture", "labour", "labor",
    "development", "staff", "assistant", "press", "public", "information", "freedom", "media",
    "refugees", "humanitarian", "military", "emergencies", "emergency", "transport", "science",
    "technology", "industry", "commerce", "communications", "social", "ecumenical", "majority",
    "minority", "parliamentary", "regional",
];

#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "madam",
    "madame", "monsieur", "herr", "frau", "mister", "messrs", "mme", "mlle", "hon", "rev",
];

#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "ministry", "ministries", "council", "committee", "commission", "service", "services",
    "agency", "agencies", "union", "organisation", "organization", "court", "fund", "party",
    "group", "office", "centre", "center", "institute", "bank", "department", "foundation",
    "assembly", "parliament", "government", "administration", "embassy", "consulate",
    "mission", "forces", "force", "army", "navy", "fleet", "guard", "guards", "police",
    "church", "patriarchate", "university", "academy", "corporation", "company",
    "association", "league", "alliance", "secretariat", "board", "bureau", "authority",
    "directorate", "clinic", "hospital", "museum", "front", "collegium", "duma", "senate",
    "congress", "cabinet", "tribunal", "airlines", "airways", "news", "channel", "television",
    "radio", "network", "times", "club", "society", "movement", "coalition", "brigade",
    "division", "regiment", "battalion", "corps", "command", "headquarters", "school",
    "college", "library", "theatre", "theater", "orchestra", "laboratory", "lab", "inc",
    "ltd", "llc", "plc", "gmbh", "holding", "federation", "chamber", "inspectorate",
    "observatory", "trust", "institution",
];

#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "region", "river", "sea", "ocean", "airport", "island", "islands", "mountains",
    "mountain", "lake", "street", "square", "avenue", "gulf", "bay", "peninsula", "strait",
    "valley", "province", "district", "oblast", "krai", "territory", "territories", "city",
    "garden", "gardens", "park", "canal", "corridor", "heights", "desert", "coast", "basin",
    "highway", "bridge", "port", "harbour", "harbor", "station", "cemetery", "gora", "palace",
    "embankment", "prospekt", "plaza", "republic", "county", "village", "town", "boulevard",
    "road", "field", "hill", "hills", "forest", "plateau", "delta", "cape", "zone",
];

#[rustfmt::skip]
const OTHER_HEADS: &[&str] = &[
    "treaty", "agreement", "agreements", "accord", "accords", "convention", "covenant", "act",
    "charter", "resolution", "declaration", "statement", "strategy", "initiative", "day",
    "year", "war", "formula", "plan", "project", "programme", "program", "summit", "summits",
    "conference", "forum", "games", "olympics", "protocol", "doctrine", "amendment", "law",
    "code", "constitution", "memorandum", "pact", "pacts", "partnership", "dialogue",
    "format", "process", "talks", "crisis", "case", "affair", "operation", "revolution",
    "festival", "prize", "award", "cup", "championship", "exhibition", "expo", "report",
    "directive", "decree", "rules", "index", "vaccine", "virus", "pandemic", "bill",
    "principle", "concept", "mechanism", "agenda", "pipeline", "siege", "battle", "uprising",
    "massacre", "genocide", "election", "elections", "referendum", "campaign", "results",
    "review", "cooperation", "victory", "session",
];

#[rustfmt::skip]
const STOPS: &[&str] = &[
    "i", "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "as", "for",
    "from", "with", "by", "after", "before", "during", "since", "under", "over", "between",
    "among", "about", "against", "without", "unlike", "like", "despite", "regarding",
    "concerning", "following", "according", "speaking", "thank", "thanks", "dear", "ladies",
    "gentlemen", "colleagues", "friends", "when", "while", "if", "although", "though",
    "because", "so", "but", "and", "or", "nor", "yet", "however", "moreover", "meanwhile",
    "also", "then", "now", "today", "yesterday", "tomorrow", "here", "there", "where", "why",
    "what", "who", "whom", "whose", "which", "how", "did", "do", "does", "is", "are", "was",
    "were", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "have",
    "has", "had", "let", "please", "take", "many", "most", "some", "all", "every", "each",
    "both", "several", "few", "other", "another", "such", "our", "your", "their", "his", "her",
    "its", "my", "we", "you", "they", "he", "she", "it", "not", "no", "yes", "only", "even",
    "just", "once", "again", "further", "second", "third", "finally", "lastly",
    "unfortunately", "fortunately", "naturally", "obviously", "clearly", "indeed", "actually",
    "incidentally", "interestingly", "nevertheless", "nonetheless", "therefore", "thus",
    "hence", "consequently", "accordingly", "otherwise", "instead", "besides", "furthermore",
    "additionally", "currently", "recently", "previously", "earlier", "later", "last", "next",
    "quite", "very", "almost", "nearly", "based", "given", "pursuant", "subsequently",
    "together", "along", "through", "throughout", "within", "upon", "into", "onto", "to", "of",
    "off", "out", "up", "down", "around", "across", "behind", "beyond", "near", "toward",
    "towards", "until", "till", "unless", "whether", "whatever", "whenever", "wherever",
    "anyway", "still", "already", "always", "never", "often", "sometimes", "usually",
    "perhaps", "maybe", "probably", "possibly", "certainly", "surely", "generally",
    "specifically", "particularly", "especially", "primarily", "mainly", "overall",
    "altogether", "question", "answer", "note", "welcome", "hello", "good", "well", "oh", "ok",
    "okay", "sure", "right", "exactly", "absolutely", "everyone", "everybody", "nobody",
    "someone", "somebody", "anyone", "anybody", "everything", "nothing", "something",
    "anything", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "whoever", "that's", "there's", "here's", "what's", "we've", "i'm", "i've", "i'll",
    "we'll", "you'll", "they'll", "don't", "isn't", "doesn't", "can't", "won't", "didn't",
    "wasn't", "aren't", "haven't", "hasn't", "q", "ed",
];

/// Adjectives that are not topics on their own ("Eastern", "Orthodox") but
/// may start a name ("Central Bank").
#[rustfmt::skip]
const DROP_SINGLE: &[&str] = &[
    "Eastern", "Northern", "Southern", "Central", "Arab", "Orthodox", "Old", "New", "Great",
    "Big", "National", "International", "Global", "Federal", "Islamic", "Catholic", "Muslim",
    "Jewish", "Slavic", "Christian", "Democratic", "Republican", "Socialist", "Communist",
    "Liberal", "Conservative", "Internet", "God", "People", "English", "Korean", "Number",
    "Blog", "Comments", "Contents",
];

#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
];

#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la",
    "le", "al", "el", "bin", "ibn", "ben", "zu", "ter", "ten",
];

#[rustfmt::skip]
const ACRONYM_STOPS: &[&str] = &[
    "TV", "IT", "USB", "OK", "PR", "CEO", "GDP", "DNA", "ID", "AM", "PM", "UTC", "GMT", "FAQ",
    "PDF", "HTML", "URL", "SMS", "VIP", "NGO", "POW", "ICT", "BMD", "MP", "HQ", "Q", "A",
    "GULAG", "AI", "BBC's",
];

#[rustfmt::skip]
const FIRST_NAMES: &[&str] = &[
    // Russian, Ukrainian, Belarusian
    "Alexander", "Aleksandr", "Alexandr", "Alexey", "Alexei", "Aleksei", "Aleksey", "Anatoly",
    "Andrei", "Andrey", "Anton", "Arkady", "Artyom", "Artem", "Boris", "Denis", "Dmitry",
    "Dmitri", "Evgeny", "Yevgeny", "Fyodor", "Gennady", "Georgy", "Grigory", "Igor", "Ilya",
    "Ivan", "Kirill", "Konstantin", "Leonid", "Maxim", "Mikhail", "Nikita", "Nikolai",
    "Nikolay", "Oleg", "Pavel", "Pyotr", "Roman", "Ruslan", "Sergey", "Sergei", "Stanislav",
    "Valentin", "Valery", "Vasily", "Viktor", "Victor", "Vitaly", "Vladimir", "Vladislav",
    "Vyacheslav", "Yury", "Yuri", "Yaroslav", "Yegor", "Timur", "Rustam", "Ramzan", "Alla",
    "Anastasia", "Anna", "Antonina", "Daria", "Darya", "Ekaterina", "Yekaterina", "Elena",
    "Yelena", "Elizaveta", "Galina", "Irina", "Kira", "Ksenia", "Larisa", "Lyudmila",
    "Ludmila", "Marina", "Maria", "Mariya", "Natalia", "Natalya", "Nadezhda", "Olga",
    "Polina", "Svetlana", "Tatiana", "Tatyana", "Valentina", "Vera", "Victoria", "Yulia",
    "Julia", "Zoya", "Oksana", "Volodymyr", "Petro", "Oleksandr", "Oleksiy", "Mykola",
    "Andriy", "Yuliya", "Viktoriya", "Alyaksandr", "Svyatoslav",
    // Western European and American
    "Aaron", "Adam", "Alan", "Albert", "Alex", "Alfred", "Andrew", "Angela", "Ann", "Anne",
    "Anthony", "Antony", "Antonio", "António", "Arthur", "Barack", "Ben", "Benjamin",
    "Bernard", "Bill", "Bob", "Brian", "Catherine", "Charles", "Chris", "Christopher",
    "Christian", "Claude", "Daniel", "David", "Dominic", "Donald", "Edward", "Elizabeth",
    "Emmanuel", "Eric", "Emily", "Francis", "François", "Frank", "Fred", "Friedrich",
    "Gabriel", "George", "Georg", "Gerhard", "Hans", "Harry", "Heiko", "Helmut", "Henry",
    "Hillary", "Hugo", "Ian", "Jack", "Jacques", "James", "Jan", "Jane", "Jean", "Jeff",
    "Jens", "Jim", "Joe", "Johann", "Johannes", "John", "Jonathan", "Jose", "José", "Josep",
    "Joseph", "Juan", "Julian", "Karl", "Kamala", "Kate", "Kevin", "Klaus", "Lars", "Laura",
    "Liz", "Louis", "Luis", "Marie", "Mark", "Marc", "Marco", "Martin", "Mary", "Matthew",
    "Michael", "Mike", "Nancy", "Nicolas", "Nick", "Olaf", "Oliver", "Pascal", "Patrick",
    "Paul", "Peter", "Philip", "Philippe", "Pierre", "Rex", "Richard", "Robert", "Ronald",
    "Rudolf", "Sarah", "Sebastian", "Sigmar", "Simon", "Stefan", "Steffen", "Stephen",
    "Steven", "Susan", "Theresa", "Thomas", "Tim", "Tom", "Tony", "Ursula", "Walter",
    "Werner", "William", "Wolfgang", "Ferdinand", "Fernando", "Andrej", "Andrzej", "Mateusz",
    "Mario", "Giuseppe", "Luigi", "Matteo", "Sergio", "Pedro", "Carlos", "Jorge", "Manuel",
    "Miguel", "Nicolás", "Marshall", "Scott", "Justin", "Jacinda", "Nikos", "Nikolaos",
    "Kyriakos", "Alexis", "Dimitris", "Konstantinos", "Jair", "Luiz", "Josep", "Heinz",
    "Annalena", "Emmanuelle", "Boyko", "Rumen", "Viktória", "Zuzana", "Milos", "Miloš",
    "Aleksandar", "Ivica", "Ilir", "Edi", "Gitanas", "Egils", "Edgars", "Krisjanis", "Kaja",
    "Jüri", "Linas", "Ingrida", "Gabrielius", "Nanaia",
    // Middle East, Caucasus, Asia
    "Hassan", "Mohammad", "Mohammed", "Muhammad", "Ali", "Ahmed", "Ahmad", "Ayman", "Abdullah",
    "Bashar", "Recep", "Ilham", "Nikol", "Ara", "Jeyhun", "Mevlut", "Narendra", "Subrahmanyam",
    "Yoshihide", "Shinzo", "Ebrahim", "Javad", "Hamad", "Khalifa", "Salman", "Tamim",
    "Faisal", "Sameh", "Abdel", "Fayez", "Khalil", "Walid", "Riyad", "Mahmoud", "Ismail",
    "Kassym-Jomart", "Nursultan", "Shavkat", "Emomali", "Sadyr", "Serdar", "Gurbanguly",
    "Imran", "Shah", "Wang", "Xi", "Li", "Moon", "Kim", "Taro", "Fumio", "Toshimitsu",
];

#[rustfmt::skip]
const SURNAME_SUFFIXES: &[&str] = &[
    "ov", "ova", "ev", "eva", "yov", "yev", "yeva", "yn", "sky", "skiy", "skyi", "ski", "skaya",
    "skaia", "enko", "chuk", "yuk", "ich", "vich", "yan", "dze", "shvili", "nyi", "oglu",
];

/// Suffixes accepted only on longer words (six letters or more).
const LONG_SURNAME_SUFFIXES: &[&str] = &["in", "ina", "uk", "ik", "ian"];

fn class_table() -> &'static FastMap<&'static str, Class> {
    static T: OnceLock<FastMap<&'static str, Class>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = FastMap::default();
        // Later lists do not override earlier ones.
        for (list, class) in [
            (HONORIFICS, Class::Honorific),
            (CALENDAR, Class::Calendar),
            (TITLES, Class::Title),
            (ORG_HEADS, Class::OrgHead),
            (PLACE_HEADS, Class::PlaceHead),
            (OTHER_HEADS, Class::OtherHead),
            (ROLES, Class::Role),
            (STOPS, Class::Stop),
        ] {
            for w in list {
                m.entry(*w).or_insert(class);
            }
        }
        m
    })
}

fn first_names() -> &'static FastMap<&'static str, ()> {
    static S: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    S.get_or_init(|| FIRST_NAMES.iter().map(|n| (*n, ())).collect())
}

/// A known first name, or a hyphenated one starting with one
/// ("Jean-Claude").
fn is_first_name(w: &str) -> bool {
    let names = first_names();
    names.contains_key(w)
        || w.split_once('-')
            .is_some_and(|(a, _)| names.contains_key(a))
}

fn has_surname_suffix(w: &str) -> bool {
    let lw = w.to_lowercase();
    let letters = lw.chars().count();
    if letters < 4 {
        return false;
    }
    SURNAME_SUFFIXES.iter().any(|s| lw.ends_with(s))
        || (letters >= 6 && LONG_SURNAME_SUFFIXES.iter().any(|s| lw.ends_with(s)))
}

// ── Tokens ──────────────────────────────────────────────────────────────

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    /// End of the word, without a possessive.
    end: usize,
    kind: Tk,
    /// A possessive `’s` or `’` follows.
    poss: bool,
    /// First character is upper-case.
    cap: bool,
    /// Two or more letters and no lower-case letter.
    allcaps: bool,
    /// Whitespace (no line break) precedes.
    space: bool,
    /// A line break precedes.
    newline: bool,
    /// First word of a sentence, heading, quotation or line.
    sent_init: bool,
    class: Class,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let table = class_table();
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    let mut space = false;
    let mut newline = false;
    let mut sent_start = true;
    let mut lower = String::new();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            if c == '\n' || c == '\r' {
                newline = true;
                sent_start = true;
            } else {
                space = true;
            }
            continue;
        }
        let mut tok = Tok {
            start: i,
            end: i + c.len_utf8(),
            kind: Tk::Punct,
            poss: false,
            cap: false,
            allcaps: false,
            space,
            newline,
            sent_init: false,
            class: Class::Lower,
        };
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            let mut is_num = c.is_ascii_digit();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    if !d.is_ascii_digit() {
                        is_num = false;
                    }
                    end = j + d.len_utf8();
                    chars.next();
                    continue;
                }
                let next = text[j + d.len_utf8()..].chars().next();
                if is_hyphen(d) && next.is_some_and(char::is_alphanumeric) {
                    end = j + d.len_utf8();
                    chars.next();
                    is_num = false;
                    continue;
                }
                if is_apostrophe(d) {
                    let after = &text[j + d.len_utf8()..];
                    let mut ac = after.chars();
                    let (a1, a2) = (ac.next(), ac.next());
                    if a1 == Some('s') && !a2.is_some_and(char::is_alphanumeric) {
                        // "Russia’s": possessive.
                        tok.poss = true;
                        chars.next();
                        chars.next();
                        break;
                    }
                    if !a1.is_some_and(char::is_alphanumeric) {
                        // "Russians’": plural possessive (or a closing quote).
                        if text[i..end].ends_with('s') {
                            tok.poss = true;
                            chars.next();
                        }
                        break;
                    }
                    if a1.is_some_and(char::is_alphabetic) {
                        // "d’Ivoire", "O'Brien".
                        end = j + d.len_utf8();
                        chars.next();
                        continue;
                    }
                    break;
                }
                if d == '.' && is_initials(&text[i..end]) {
                    // "U.S.", "U.K.": single capitals separated by dots.
                    let n1 = next;
                    if n1.is_some_and(char::is_uppercase)
                        && text[j + 1 + n1.map_or(0, char::len_utf8)..].starts_with('.')
                    {
                        end = j + 1;
                        chars.next();
                        continue;
                    }
                    if text[i..end].contains('.') {
                        end = j + 1;
                        chars.next();
                    }
                }
                break;
            }
            tok.end = end;
            tok.kind = if is_num { Tk::Num } else { Tk::Word };
            let w = &text[i..end];
            tok.cap = c.is_uppercase();
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            tok.allcaps = letters >= 2 && !w.chars().any(char::is_lowercase);
            if tok.kind == Tk::Word {
                tok.class = if tok.cap {
                    lower.clear();
                    lower.extend(
                        w.chars()
                            .map(|c| if is_apostrophe(c) { '\'' } else { c })
                            .flat_map(char::to_lowercase),
                    );
                    table.get(lower.as_str()).copied().unwrap_or(Class::Name)
                } else if matches!(w, "of" | "for" | "on" | "the" | "and") {
                    Class::Connector
                } else if w.len() <= 5 && PARTICLES.contains(&w) {
                    Class::Particle
                } else {
                    Class::Lower
                };
                if tok.allcaps && tok.class != Class::Name && w.chars().count() <= 3 {
                    // "IT", "US": acronyms, not function words.
                    tok.class = if w == "I" || w == "A" {
                        Class::Stop
                    } else {
                        Class::Name
                    };
                }
                let initial = w.len() == 1 && tok.cap && {
                    // "John F. Kennedy": a middle initial.
                    let mut after = text[end..].chars();
                    after.next() == Some('.')
                        && after.next() == Some(' ')
                        && after.next().is_some_and(char::is_uppercase)
                };
                if (tok.class == Class::Honorific || initial) && text[end..].starts_with('.') {
                    // "Mr.", "F.": the dot belongs to the word.
                    tok.end = end + 1;
                    chars.next();
                }
            }
            tok.sent_init = sent_start;
            sent_start = false;
        } else {
            // Punctuation.
            let prev_word = toks.last().filter(|t| t.kind != Tk::Punct);
            sent_start = match c {
                '.' => !prev_word.is_some_and(|t| {
                    let w = &text[t.start..t.end];
                    t.class == Class::Honorific
                        || (w.chars().count() == 1 && t.cap)
                        || matches!(w, "No" | "St" | "Nos" | "Art" | "vs" | "Jr" | "Sr")
                }),
                '!' | '?' | ':' | '…' | '•' | '·' => true,
                '“' | '‘' | '«' | '"' | '„' => {
                    space || newline || toks.is_empty() || sent_start
                }
                _ => sent_start,
            };
        }
        space = false;
        newline = false;
        toks.push(tok);
    }
    toks
}

/// "U", "U.S", "U.S.A": single capitals separated by dots.
fn is_initials(s: &str) -> bool {
    let mut expect_letter = true;
    for c in s.chars() {
        if expect_letter != c.is_uppercase() || (!expect_letter && c != '.') {
            return false;
        }
        expect_letter = !expect_letter;
    }
    !expect_letter
}

// ── Units: tokens and gazetteer matches ─────────────────────────────────

#[derive(Debug, Clone, PartialEq, Eq)]
enum UKind {
    /// A gazetteer match covering whole tokens.
    Gaz(usize),
    /// Tokens containing gazetteer matches that do not align with token
    /// boundaries ("Russian-Chinese", "post-Soviet", "Black Sea-Azov Sea").
    Compound(Range<usize>),
    /// A single token.
    Tok,
}

#[derive(Debug, Clone)]
struct Unit {
    t0: usize,
    start: usize,
    end: usize,
    kind: UKind,
    class: Class,
    poss: bool,
    cap: bool,
    space: bool,
    newline: bool,
    sent_init: bool,
    punct: bool,
}

fn build_units(toks: &[Tok], gms: &[GazMention<'_>]) -> Vec<Unit> {
    // Map each mention to its token span.
    // (t0, t1, mentions, exact); the mentions of a span are consecutive.
    let mut spans: Vec<(usize, usize, Range<usize>, bool)> = Vec::new();
    let mut t = 0;
    for (mi, m) in gms.iter().enumerate() {
        while t < toks.len() && toks[t].end <= m.range.start {
            t += 1;
        }
        let Some(a) = (t < toks.len()).then_some(t) else {
            break;
        };
        let mut b = a;
        while b + 1 < toks.len() && toks[b + 1].start < m.range.end {
            b += 1;
        }
        let exact = toks[a].start == m.range.start && toks[b].end == m.range.end;
        if let Some(last) = spans.last_mut() {
            if a < last.1 {
                // Overlaps the previous span's tokens: merge into a compound.
                last.1 = last.1.max(b + 1);
                last.2.end = mi + 1;
                last.3 = false;
                continue;
            }
        }
        spans.push((a, b + 1, mi..mi + 1, exact));
    }
    let mut units = Vec::with_capacity(toks.len());
    let mut si = 0;
    let mut i = 0;
    while i < toks.len() {
        if si < spans.len() && spans[si].0 == i {
            let (t0, t1, ref ms, exact) = spans[si];
            let kind = if exact && ms.len() == 1 {
                UKind::Gaz(ms.start)
            } else {
                UKind::Compound(ms.clone())
            };
            units.push(Unit {
                t0,
                start: toks[t0].start,
                end: toks[t1 - 1].end,
                kind,
                class: Class::Name,
                poss: toks[t1 - 1].poss,
                cap: true,
                space: toks[t0].space,
                newline: toks[t0].newline,
                sent_init: toks[t0].sent_init,
                punct: false,
            });
            si += 1;
            i = t1;
            continue;
        }
        let tk = &toks[i];
        units.push(Unit {
            t0: i,
            start: tk.start,
            end: tk.end,
            kind: UKind::Tok,
            class: tk.class,
            poss: tk.poss,
            cap: tk.cap && tk.kind == Tk::Word,
            space: tk.space,
            newline: tk.newline,
            sent_init: tk.sent_init,
            punct: tk.kind == Tk::Punct,
        });
        i += 1;
    }
    units
}

// ── The finder ──────────────────────────────────────────────────────────

struct Finder<'a, 'g> {
    gaz: &'g Gazetteer,
    text: &'a str,
    toks: &'a [Tok],
    gms: &'a [GazMention<'g>],
    units: &'a [Unit],
    out: Vec<TopicMention>,
}

/// A segment of a run: units `[a, b)` and whether it is expected to be a
/// person (after a title or honorific).
#[derive(Debug, Clone, Copy)]
struct Seg {
    a: usize,
    b: usize,
    person: bool,
}

impl<'a, 'g> Finder<'a, 'g> {
    fn word(&self, u: usize) -> &'a str {
        let un = &self.units[u];
        &self.text[un.start..un.end]
    }

    fn is_gaz(&self, u: usize) -> bool {
        !matches!(self.units[u].kind, UKind::Tok)
    }

    /// The gazetteer kind of a unit (a compound takes its first mention's).
    fn gaz_kind(&self, u: usize) -> Option<EntityKind> {
        match &self.units[u].kind {
            UKind::Gaz(m) => Some(self.gms[*m].entry.kind),
            UKind::Compound(ms) => Some(self.gms[ms.start].entry.kind),
            UKind::Tok => None,
        }
    }

    fn is_country_or_place(&self, u: usize) -> bool {
        matches!(self.units[u].kind, UKind::Compound(_))
            || matches!(
                self.gaz_kind(u),
                Some(EntityKind::Country | EntityKind::Place)
            )
    }

    fn class(&self, u: usize) -> Class {
        if self.is_gaz(u) {
            Class::Name
        } else {
            self.units[u].class
        }
    }

    /// A unit that can be part of a name.
    fn capital(&self, u: usize) -> bool {
        let un = &self.units[u];
        if self.is_gaz(u) {
            return true;
        }
        un.cap
            && matches!(
                un.class,
                Class::Name
                    | Class::Title
                    | Class::Role
                    | Class::Honorific
                    | Class::OrgHead
                    | Class::PlaceHead
                    | Class::OtherHead
            )
    }

    fn startable(&self, u: usize) -> bool {
        self.capital(u)
    }

    /// Unit `v` directly continues the previous unit (one space, no line
    /// break, not a new sentence).
    fn joined(&self, v: usize) -> bool {
        let un = &self.units[v];
        un.space && !un.newline && !un.sent_init
    }

    /// The end (exclusive) of the run starting at `u`.
    fn run_end(&self, u: usize) -> usize {
        let mut end = u + 1;
        loop {
            let prev = end - 1;
            if end >= self.units.len() {
                return end;
            }
            let possessive = self.units[prev].poss;
            if self.capital(end) && self.joined(end) {
                if possessive && !self.possessive_continues(prev, end) {
                    return end;
                }
                end += 1;
                continue;
            }
            if possessive {
                return end;
            }
            if let Some(next) = self.bridge(u, end) {
                end = next;
                continue;
            }
            return end;
        }
    }

    /// "Prosecutor General’s Office": a possessive title word followed by an
    /// organisation word continues the name.
    fn possessive_continues(&self, p: usize, v: usize) -> bool {
        !self.is_gaz(p)
            && matches!(self.units[p].class, Class::Title | Class::Role)
            && !self.is_gaz(v)
            && self.units[v].class.is_head()
    }

    /// Connectors (or a list comma) at `v` that continue the run `[u, v)`;
    /// returns the index of the capitalised unit after them.
    fn bridge(&self, u: usize, v: usize) -> Option<usize> {
        let un = &self.units[v];
        if un.newline {
            return None;
        }
        // A list comma inside a complement: "Treaty of Good-Neighbourliness,
        // Friendship and Cooperation".
        if un.punct && self.word(v) == "," {
            return self.list_comma(u, v);
        }
        if !un.space || un.punct {
            return None;
        }
        let mut w = v;
        let mut conns: Vec<&str> = Vec::new();
        while w < self.units.len()
            && !self.is_gaz(w)
            && matches!(self.units[w].class, Class::Connector | Class::Particle)
            && self.units[w].space
            && !self.units[w].newline
            && conns.len() < 3
        {
            conns.push(self.word(w));
            w += 1;
        }
        if conns.is_empty() || w >= self.units.len() || !self.capital(w) || !self.joined(w) {
            return None;
        }
        let run = u..v;
        let has_head_or_title = run.clone().any(|k| {
            !self.is_gaz(k)
                && (self.units[k].class.is_head() || self.units[k].class == Class::Title)
        });
        let last_class = self.class(v - 1);
        let x_gaz = self.is_gaz(w);
        if conns.iter().all(|c| PARTICLES.contains(c)) {
            // "Ursula von der Leyen".
            let ok = last_class == Class::Name
                && !self.is_gaz(v - 1)
                && self.class(w) == Class::Name
                && !x_gaz;
            return ok.then_some(w);
        }
        if conns.contains(&"and") {
            if conns != ["and"] || x_gaz {
                return None;
            }
            let complement = self.has_complement(u, v);
            let in_title = run
                .clone()
                .any(|k| !self.is_gaz(k) && self.units[k].class == Class::Title);
            let left_headless = !run
                .clone()
                .any(|k| !self.is_gaz(k) && self.units[k].class.is_head())
                && !run.clone().any(|k| self.is_gaz(k));
            let right_head = self.right_has_head(w);
            let ok = complement || in_title || (left_headless && right_head);
            return ok.then_some(w);
        }
        let ok = has_head_or_title || matches!(last_class, Class::Role | Class::Title);
        ok.then_some(w)
    }

    /// The run `[u, v)` has a head or title followed by an of/for/on
    /// complement.
    fn has_complement(&self, u: usize, v: usize) -> bool {
        let mut seen_head = false;
        for k in u..v {
            if !self.is_gaz(k)
                && (self.units[k].class.is_head() || self.units[k].class == Class::Title)
            {
                seen_head = true;
            } else if seen_head && self.units[k].class == Class::Connector {
                return true;
            }
        }
        false
    }

    /// Capitalised non-gazetteer units from `w` contain a head word.
    fn right_has_head(&self, w: usize) -> bool {
        let mut k = w;
        while k < self.units.len()
            && !self.is_gaz(k)
            && self.capital(k)
            && (k == w || self.joined(k))
        {
            if self.units[k].class.is_head() {
                return true;
            }
            k += 1;
        }
        false
    }

    fn list_comma(&self, u: usize, v: usize) -> Option<usize> {
        if !self.has_complement(u, v) {
            return None;
        }
        let w = v + 1;
        if w >= self.units.len() || self.is_gaz(w) || !self.capital(w) || !self.units[w].space {
            return None;
        }
        // Within a few units: "and" followed by a capitalised word.
        let mut k = w;
        while k < self.units.len() && k < w + 4 {
            if self.units[k].punct {
                return None;
            }
            if self.word(k) == "and" {
                return (k + 1 < self.units.len() && self.capital(k + 1) && !self.is_gaz(k + 1))
                    .then_some(w);
            }
            k += 1;
        }
        None
    }

    /// Splits a run into segments and classifies them.
    fn process_run(&mut self, u: usize, end: usize) {
        let mut a = u;
        // Sentence-initial capitalised word: keep only when it is a name.
        if self.units[a].sent_init && !self.is_gaz(a) && self.units[a].class == Class::Name {
            let w = self.word(a);
            let next_is_name = a + 1 < end
                && !self.is_gaz(a + 1)
                && self.units[a + 1].class == Class::Name
                && self.units[a + 1].cap;
            let known = self.gaz.person_by_surname(w).is_some()
                || self.toks.iter().any(|t| {
                    t.kind == Tk::Word && t.cap && !t.sent_init && &self.text[t.start..t.end] == w
                });
            if !(next_is_name || known) {
                a += 1;
                while a < end && !self.capital(a) {
                    a += 1;
                }
            }
        }
        if a >= end {
            return;
        }
        let segs = self.segment(a, end);
        for s in segs {
            self.classify(s);
        }
    }

    /// A title span starting at `k`: Title/Role words and connectors with at
    /// least one Title. Returns (end of span after trimming connectors, has
    /// a title, index of the last connector inside).
    fn title_span(&self, k: usize, end: usize) -> (usize, bool, Option<usize>) {
        let mut j = k;
        let mut has_title = false;
        let mut last_word = k;
        let mut last_conn = None;
        while j < end && !self.is_gaz(j) {
            match self.units[j].class {
                Class::Title => {
                    has_title = true;
                    last_word = j;
                }
                Class::Role => last_word = j,
                Class::Connector => last_conn = Some(j),
                _ => break,
            }
            if self.units[j].poss && j > k {
                break;
            }
            j += 1;
        }
        let span_end = last_word + 1;
        let last_conn = last_conn.filter(|&c| c < span_end);
        (span_end, has_title, last_conn)
    }

    fn segment(&self, a: usize, end: usize) -> Vec<Seg> {
        let mut segs: Vec<Seg> = Vec::new();
        let mut cur: Option<usize> = None;
        let mut cur_person = false;
        let mut pending = false;
        let mut k = a;
        let close = |segs: &mut Vec<Seg>, cur: &mut Option<usize>, upto: usize, person: bool| {
            if let Some(s) = cur.take() {
                let mut b = upto;
                while b > s
                    && matches!(self.class(b - 1), Class::Connector | Class::Particle)
                    && !self.is_gaz(b - 1)
                {
                    b -= 1;
                }
                if b > s {
                    segs.push(Seg { a: s, b, person });
                }
            }
        };
        while k < end {
            let c = self.class(k);
            let gaz = self.is_gaz(k);
            if !gaz && c == Class::Honorific {
                close(&mut segs, &mut cur, k, cur_person);
                pending = true;
                k += 1;
                // "Mr." with a dot.
                while k < end && self.units[k].punct {
                    k += 1;
                }
                continue;
            }
            if !gaz && matches!(c, Class::Title | Class::Role) {
                let (span_end, has_title, last_conn) = self.title_span(k, end);
                let next_is_head = span_end < end
                    && !self.is_gaz(span_end)
                    && self.units[span_end].class.is_head()
                    && (self.joined(span_end) || self.units[span_end - 1].poss);
                if has_title && !next_is_head {
                    close(&mut segs, &mut cur, k, cur_person);
                    pending = true;
                    k = span_end;
                    continue;
                }
                if has_title && next_is_head {
                    if let Some(lc) = last_conn {
                        // "Deputy Chief of Staff of the Presidential Executive
                        // Office": title, then an organisation.
                        close(&mut segs, &mut cur, k, cur_person);
                        pending = true;
                        k = lc + 1;
                        cur = Some(k);
                        cur_person = false;
                        k += 1;
                        continue;
                    }
                    // "Prosecutor General’s Office": part of the name.
                } else if !has_title && pending && cur.is_none() && !next_is_head {
                    // Title continuation: "for Foreign Affairs and Security Policy".
                    k = span_end;
                    continue;
                }
            }
            if !gaz && matches!(c, Class::Connector | Class::Particle) {
                // A connector continues a segment that has a head ("Council
                // of Europe") or leads to one ("Memory and Glory Year");
                // otherwise it ends it ("European Union | for Foreign Affairs").
                if let Some(s) = cur {
                    let keep = c == Class::Particle
                        || (s..k).any(|j| !self.is_gaz(j) && self.units[j].class.is_head())
                        || (self.word(k) == "and" && self.right_has_head(k + 1));
                    if !keep {
                        close(&mut segs, &mut cur, k, cur_person);
                    }
                }
                k += 1;
                continue;
            }
            if !gaz && self.units[k].punct {
                // A list comma inside a name.
                k += 1;
                continue;
            }
            match cur {
                None => {
                    cur = Some(k);
                    cur_person = pending;
                }
                Some(s) => {
                    if self.splits(s, k, end) {
                        let person = cur_person;
                        let was_name_like = self.name_like(s, k);
                        close(&mut segs, &mut cur, k, person);
                        if was_name_like {
                            pending = false;
                        }
                        cur = Some(k);
                        cur_person = pending;
                    }
                }
            }
            if cur_person && self.name_like(cur.unwrap_or(k), k + 1) {
                // The flag is consumed by a name.
                pending = false;
            }
            k += 1;
        }
        close(&mut segs, &mut cur, end, cur_person);
        segs
    }

    /// The previous regular unit before `k` in the segment starting at `s`.
    fn prev_regular(&self, s: usize, k: usize) -> Option<usize> {
        (s..k).rev().find(|&p| {
            self.is_gaz(p)
                || !matches!(self.class(p), Class::Connector | Class::Particle)
                    && !self.units[p].punct
        })
    }

    /// Does the segment starting at `s` end before unit `k`?
    fn splits(&self, s: usize, k: usize, end: usize) -> bool {
        let Some(p) = self.prev_regular(s, k) else {
            return false;
        };
        if self.has_complement(s, k) {
            // Inside a complement ("Year of Russian-Chinese Scientific,
            // Technical and Innovative Cooperation") the run decided.
            return false;
        }
        if p + 1 < k {
            // Joined by connectors or a comma: the bridge already decided.
            return false;
        }
        let p_gaz = self.is_gaz(p);
        let k_gaz = self.is_gaz(k);
        let k_head = !k_gaz && self.units[k].class.is_head();
        if self.units[p].poss {
            return !(self.possessive_continues(p, k));
        }
        if p_gaz && self.is_country_or_place(p) {
            return !(k_head || (!k_gaz && self.head_ahead(k, end)));
        }
        if p_gaz {
            // Organisation, person or other: "Sputnik Latvia", "Federation
            // Council Statement".
            return !(k_head
                || (k_gaz
                    && self.is_country_or_place(k)
                    && self.gaz_kind(p) == Some(EntityKind::Organisation)));
        }
        if self.units[p].class.is_head() {
            // "Army Group North".
            let compass = matches!(
                self.word(k),
                "North" | "South" | "East" | "West" | "Centre" | "Center"
            );
            return !(k_head || compass || (!k_gaz && self.head_ahead(k, end)));
        }
        if k_gaz {
            return !self.head_ahead(k + 1, end);
        }
        false
    }

    /// A head word follows from `k` among plain capitalised words (before
    /// any connector, gazetteer unit or the end).
    fn head_ahead(&self, k: usize, end: usize) -> bool {
        let mut j = k;
        while j < end && !self.is_gaz(j) && self.capital(j) {
            if self.units[j].class.is_head() {
                return true;
            }
            if self.units[j].class == Class::Honorific {
                return false;
            }
            j += 1;
        }
        false
    }

    /// Units `[a, b)` are plain name words (or a single gazetteer person).
    fn name_like(&self, a: usize, b: usize) -> bool {
        if b == a + 1 && self.is_gaz(a) {
            return self.gaz_kind(a) == Some(EntityKind::Person);
        }
        (a..b).all(|k| {
            !self.is_gaz(k) && matches!(self.units[k].class, Class::Name | Class::Particle)
        })
    }

    fn collapsed(&self, r: Range<usize>) -> String {
        let s = &self.text[r];
        if s.contains(char::is_whitespace) {
            s.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            s.to_string()
        }
    }

    fn push(&mut self, range: Range<usize>, name: String, kind: EntityKind, nested: bool) {
        self.out.push(TopicMention {
            range,
            name,
            kind,
            nested,
        });
    }

    /// Emits a gazetteer mention and, per the nesting policy, the names
    /// inside it.
    fn push_gaz(&mut self, m: usize, nested: bool) {
        let gm = &self.gms[m];
        self.push(
            gm.range.clone(),
            gm.entry.canonical.clone(),
            gm.entry.kind,
            nested,
        );
        let allowed: &[EntityKind] = match gm.entry.kind {
            EntityKind::Country | EntityKind::Place => &[],
            EntityKind::Other => &[EntityKind::Country],
            EntityKind::Organisation | EntityKind::Person => &[
                EntityKind::Country,
                EntityKind::Organisation,
                EntityKind::Person,
            ],
        };
        if allowed.is_empty() || !gm.form.contains([' ', '-']) {
            return;
        }
        for inner in self.gaz.find_nested(self.text, gm) {
            if allowed.contains(&inner.entry.kind) {
                self.out.push(TopicMention {
                    range: inner.range.clone(),
                    name: inner.entry.canonical.clone(),
                    kind: inner.entry.kind,
                    nested: true,
                });
            }
        }
    }

    /// Emits the gazetteer units inside a longer phrase.
    fn push_inner(&mut self, a: usize, b: usize) {
        for k in a..b {
            let ms: Range<usize> = match &self.units[k].kind {
                UKind::Gaz(m) => *m..*m + 1,
                UKind::Compound(ms) => ms.clone(),
                UKind::Tok => continue,
            };
            for m in ms {
                if matches!(
                    self.gms[m].entry.kind,
                    EntityKind::Country | EntityKind::Organisation | EntityKind::Person
                ) {
                    self.push_gaz(m, true);
                }
            }
        }
    }

    fn classify(&mut self, s: Seg) {
        let (a, b) = (s.a, s.b);
        let range = self.units[a].start..self.units[b - 1].end;
        // A single gazetteer unit or compound.
        if b == a + 1 {
            match self.units[a].kind.clone() {
                UKind::Gaz(m) => return self.push_gaz(m, false),
                UKind::Compound(ms) => {
                    for m in ms {
                        self.push_gaz(m, false);
                    }
                    return;
                }
                UKind::Tok => {}
            }
        }
        let all_names = self.name_like(a, b);
        if s.person && all_names && b - a <= 5 {
            let name = self.person_name(a, b);
            return self.push(range, name, EntityKind::Person, false);
        }
        // Heads decide organisation / place / other.
        let core_end = (a..b)
            .find(|&k| !self.is_gaz(k) && self.units[k].class == Class::Connector)
            .unwrap_or(b);
        let head = (a..core_end)
            .rev()
            .find(|&k| !self.is_gaz(k) && self.units[k].class.is_head())
            .or_else(|| (a..b).find(|&k| !self.is_gaz(k) && self.units[k].class.is_head()));
        if let Some(h) = head {
            if b == a + 1 {
                // A lone "Ministry", "Constitution": too generic.
                return;
            }
            let kind = self.units[h].class.head_kind().unwrap_or(EntityKind::Other);
            let name = self.collapsed(range.clone());
            self.push(range, name, kind, false);
            self.push_inner(a, b);
            return;
        }
        // Organisation followed by a country or place: "Sputnik Latvia".
        if b == a + 2
            && self.gaz_kind(a) == Some(EntityKind::Organisation)
            && self.is_country_or_place(a + 1)
        {
            let name = self.collapsed(range.clone());
            self.push(range, name, EntityKind::Organisation, false);
            self.push_inner(a, b);
            return;
        }
        if (a..b).any(|k| self.is_gaz(k)) {
            // Mixed: each gazetteer unit alone, the rest as its own phrases.
            let mut k = a;
            while k < b {
                if self.is_gaz(k) {
                    self.classify(Seg {
                        a: k,
                        b: k + 1,
                        person: false,
                    });
                    k += 1;
                } else {
                    let mut j = k;
                    while j < b && !self.is_gaz(j) {
                        j += 1;
                    }
                    self.classify(Seg {
                        a: k,
                        b: j,
                        person: false,
                    });
                    k = j;
                }
            }
            return;
        }
        // Only roles and titles left ("Foreign Affairs"): generic.
        if (a..b).all(|k| {
            matches!(
                self.units[k].class,
                Class::Role | Class::Title | Class::Connector
            )
        }) {
            return;
        }
        let n_words = (a..b)
            .filter(|&k| self.units[k].class == Class::Name)
            .count();
        if b == a + 1 {
            let w = self.word(a);
            if self.units[a].class != Class::Name
                || w.chars().count() <= 2
                || ACRONYM_STOPS.contains(&w)
                || DROP_SINGLE.contains(&w)
            {
                return;
            }
            // Plural acronyms: "NGOs", "POWs".
            if w.ends_with('s')
                && w.len() >= 3
                && w[..w.len() - 1].chars().all(|c| c.is_uppercase())
            {
                return;
            }
            if let Some(e) = self.gaz.person_by_surname(w) {
                let name = e.canonical.clone();
                return self.push(range, name, EntityKind::Person, false);
            }
            let person = s.person
                || is_first_name(w)
                || (has_surname_suffix(w) && !self.toks[self.units[a].t0].allcaps);
            let kind = if person {
                EntityKind::Person
            } else {
                EntityKind::Other
            };
            return self.push(range, w.to_string(), kind, false);
        }
        let first = self.word(a);
        let last = self.word(b - 1);
        let person = all_names
            && (2..=4).contains(&n_words)
            && (is_first_name(first)
                || has_surname_suffix(last)
                || self.gaz.person_by_surname(last).is_some())
            && !(a..b).any(|k| self.toks[self.units[k].t0].allcaps);
        if person {
            let name = self.person_name(a, b);
            return self.push(range, name, EntityKind::Person, false);
        }
        let name = self.collapsed(range.clone());
        self.push(range, name, EntityKind::Other, false);
    }

    /// The name of a person segment: a gazetteer person's canonical name, a
    /// known surname's full name, or the words as written.
    fn person_name(&self, a: usize, b: usize) -> String {
        if b == a + 1 {
            if let UKind::Gaz(m) = self.units[a].kind {
                return self.gms[m].entry.canonical.clone();
            }
            let w = self.word(a);
            if let Some(e) = self.gaz.person_by_surname(w) {
                return e.canonical.clone();
            }
        }
        self.collapsed(self.units[a].start..self.units[b - 1].end)
    }
}

/// Single-word person (or unclassified) mentions take the full name of a
/// person mentioned in the same text with that surname, when there is
/// exactly one.
fn resolve_surnames_in_text(out: &mut [TopicMention]) {
    let full: Vec<(String, String)> = out
        .iter()
        .filter(|t| t.kind == EntityKind::Person && t.name.contains(' '))
        .map(|t| (fold(last_word(&t.name)), t.name.clone()))
        .collect();
    if full.is_empty() {
        return;
    }
    for t in out.iter_mut() {
        if !matches!(t.kind, EntityKind::Person | EntityKind::Other) || t.name.contains(' ') {
            continue;
        }
        let key = fold(&t.name);
        let mut hits = full.iter().filter(|(k, _)| *k == key).map(|(_, n)| n);
        if let Some(first) = hits.next() {
            if hits.all(|n| n == first) {
                t.name = first.clone();
                t.kind = EntityKind::Person;
            }
        }
    }
}

/// "Russian Direct Investment Fund (RDIF)": an unknown acronym in brackets
/// right after a phrase whose initials it matches names the same thing.
fn link_parenthesised_acronyms(text: &str, out: &mut [TopicMention]) {
    for i in 1..out.len() {
        let (before, rest) = out.split_at_mut(i);
        let t = &mut rest[0];
        if t.nested || t.kind != EntityKind::Other || !t.name.chars().all(|c| c.is_uppercase()) {
            continue;
        }
        let Some(prev) = before.iter().rev().find(|p| !p.nested) else {
            continue;
        };
        let between = &text[prev.range.end.min(t.range.start)..t.range.start];
        if between.trim() != "(" || !text[t.range.end..].starts_with(')') {
            continue;
        }
        let initials: Vec<char> = prev
            .name
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect();
        let mut it = initials.iter();
        if t.name.chars().all(|c| it.any(|&i| i == c))
            && initials.first() == t.name.chars().next().as_ref()
        {
            t.name = prev.name.clone();
            t.kind = prev.kind;
        }
    }
}

// ── Person name variants ────────────────────────────────────────────────

/// Nickname pairs treated as the same first name.
const NICKNAMES: &[(&str, &str)] = &[
    ("joe", "joseph"),
    ("mike", "michael"),
    ("bill", "william"),
    ("bob", "robert"),
    ("alex", "alexander"),
    ("alex", "alexey"),
    ("tony", "anthony"),
    ("tony", "antony"),
    ("jim", "james"),
    ("tom", "thomas"),
    ("nick", "nicholas"),
    ("dick", "richard"),
    ("liz", "elizabeth"),
    ("kate", "catherine"),
    ("sasha", "alexander"),
    ("misha", "mikhail"),
    ("volodymyr", "vladimir"),
    ("petro", "pyotr"),
    ("oleksandr", "alexander"),
];

/// Lower-cased, diacritics removed, common transliteration variants folded
/// ("Aleksei" and "Alexey" → "alexey", "Zelenskyy" → "zelensky").
fn fold(s: &str) -> String {
    let base: String = strip_possessive(s)
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .flat_map(char::to_lowercase)
        .collect();
    let mut f = base
        .replace("ks", "x")
        .replace("yy", "y")
        .replace("iy", "y");
    if f.ends_with("ei") || f.ends_with("ii") {
        f.truncate(f.len() - 1);
        f.push('y');
    } else if f.ends_with('i') && f.len() > 3 {
        f.pop();
        f.push('y');
    }
    f
}

fn last_word(name: &str) -> &str {
    name.split_whitespace().next_back().unwrap_or(name)
}

/// The personal name inside a mention or label, without honorifics, titles,
/// countries before it and a possessive: "Foreign Minister of Sweden Ann
/// Linde" → "Ann Linde"; "Mr Navalny’s" → "Navalny".
pub fn person_core(name: &str) -> String {
    let table = class_table();
    let gaz = Gazetteer::builtin();
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut keep: Vec<&str> = Vec::new();
    for (i, w) in words.iter().enumerate().rev() {
        let w = if i + 1 == words.len() {
            strip_possessive(w)
        } else {
            w
        };
        let w = w.trim_matches(|c: char| {
            !(c.is_alphanumeric() || c == '.' || c == '-' || is_apostrophe(c))
        });
        let w = w.trim_end_matches(['.', ',']);
        if w.is_empty() {
            break;
        }
        let lw = w.to_lowercase();
        let is_particle = PARTICLES.contains(&lw.as_str());
        let first = w.chars().next().unwrap_or(' ');
        let class = table.get(lw.as_str()).copied();
        let named_place = gaz.lookup(w).is_some_and(|e| {
            matches!(
                e.kind,
                EntityKind::Country | EntityKind::Place | EntityKind::Organisation
            )
        });
        let ok = (first.is_uppercase()
            && !matches!(
                class,
                Some(Class::Title | Class::Role | Class::Honorific | Class::Stop)
            )
            && !named_place)
            || (is_particle && !keep.is_empty());
        if !ok {
            break;
        }
        keep.push(w);
    }
    while keep
        .last()
        .is_some_and(|w| PARTICLES.contains(&w.to_lowercase().as_str()))
    {
        keep.pop();
    }
    if keep.is_empty() {
        return name.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    keep.reverse();
    keep.join(" ")
}

/// A key for grouping person names by surname: the folded last word of the
/// personal name ("Mr Navalny’s" → "navalny", "Zelenskyy" → "zelensky").
pub fn surname_key(name: &str) -> String {
    fold(last_word(&person_core(name)))
}

fn jaro_winkler(a: &str, b: &str) -> f64 {
    strsim::jaro_winkler(a, b)
}

fn same_given_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (sa, sb) = (a.trim_end_matches('.'), b.trim_end_matches('.'));
    if (a.ends_with('.') || sa.len() == 1) && sb.starts_with(sa) {
        return true;
    }
    if (b.ends_with('.') || sb.len() == 1) && sa.starts_with(sb) {
        return true;
    }
    if NICKNAMES
        .iter()
        .any(|&(x, y)| (fold(x) == a && fold(y) == b) || (fold(x) == b && fold(y) == a))
    {
        return true;
    }
    sa.len() >= 3 && sb.len() >= 3 && jaro_winkler(sa, sb) >= 0.88
}

/// Folded words of a personal name.
struct PName {
    given: Vec<String>,
    last: String,
}

fn pname(core: &str) -> PName {
    let words: Vec<String> = core
        .split_whitespace()
        .filter(|w| !PARTICLES.contains(&w.to_lowercase().as_str()))
        .map(fold)
        .collect();
    let (last, given) = words
        .split_last()
        .map_or((String::new(), Vec::new()), |(l, g)| {
            (l.clone(), g.to_vec())
        });
    PName { given, last }
}

fn same_person(a: &PName, b: &PName) -> bool {
    let surname = a.last == b.last
        || (a.last.len() >= 4 && b.last.len() >= 4 && jaro_winkler(&a.last, &b.last) >= 0.93);
    surname
        && a.given
            .iter()
            .any(|x| b.given.iter().any(|y| same_given_name(x, y)))
}

/// Maps each person name of a corpus to a canonical full name.
///
/// `names` may contain repeats (frequency breaks ties) and titles or
/// honorifics ("Mr Navalny", "Foreign Minister Sergey Lavrov"), which are
/// removed. Full names that are spelling variants of each other (same
/// surname, given names equal, nicknames or Jaro–Winkler ≥ 0.88 after
/// transliteration folding) form one group, named by the gazetteer's
/// canonical form when it knows the person, else by the most frequent form
/// (then the longest, then the first seen). A surname alone joins the one
/// group with that surname; with several groups it joins the gazetteer's
/// person if exactly one group is that, and otherwise stays as it is. A
/// surname with no group takes the gazetteer's full name when there is one.
///
/// Every input name is a key; names that resolve to nothing map to
/// themselves without titles and honorifics.
pub fn merge_person_variants(names: &[String]) -> HashMap<String, String> {
    let gaz = Gazetteer::builtin();
    let mut order: Vec<&str> = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for n in names {
        let c = seen.entry(n.as_str()).or_insert(0);
        if *c == 0 {
            order.push(n.as_str());
        }
        *c += 1;
    }
    // Distinct cores with their total frequency and first position.
    let mut cores: Vec<String> = Vec::new();
    let mut core_of: HashMap<&str, usize> = HashMap::new();
    let mut core_freq: Vec<usize> = Vec::new();
    let mut core_index: HashMap<String, usize> = HashMap::new();
    for n in &order {
        let core = person_core(n);
        let i = *core_index.entry(core.clone()).or_insert_with(|| {
            cores.push(core.clone());
            core_freq.push(0);
            cores.len() - 1
        });
        core_freq[i] += seen[n];
        core_of.insert(n, i);
    }
    let parsed: Vec<PName> = cores.iter().map(|c| pname(c)).collect();
    let full: Vec<usize> = (0..cores.len())
        .filter(|&i| !parsed[i].given.is_empty())
        .collect();
    // Union-find over full names, blocked by the surname's first letter.
    let mut parent: Vec<usize> = (0..cores.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut blocks: HashMap<char, Vec<usize>> = HashMap::new();
    for &i in &full {
        if let Some(c) = parsed[i].last.chars().next() {
            blocks.entry(c).or_default().push(i);
        }
    }
    for members in blocks.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if same_person(&parsed[i], &parsed[j]) {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    if ri != rj {
                        parent[rj.max(ri)] = rj.min(ri);
                    }
                }
            }
        }
    }
    // Canonical name of each group.
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in &full {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut canonical: HashMap<usize, (String, bool)> = HashMap::new(); // root -> (name, in gazetteer)
    for (&root, members) in &groups {
        let gaz_name = members.iter().find_map(|&i| {
            gaz.lookup(&cores[i])
                .filter(|e| e.kind == EntityKind::Person)
                .map(|e| e.canonical.clone())
        });
        let name = gaz_name.clone().unwrap_or_else(|| {
            let best = members
                .iter()
                .copied()
                .max_by(|&x, &y| {
                    core_freq[x]
                        .cmp(&core_freq[y])
                        .then(cores[x].len().cmp(&cores[y].len()))
                        .then(y.cmp(&x))
                })
                .unwrap_or(root);
            cores[best].clone()
        });
        canonical.insert(root, (name, gaz_name.is_some()));
    }
    // Resolve every core.
    let mut resolved: Vec<String> = cores.clone();
    for i in 0..cores.len() {
        if !parsed[i].given.is_empty() {
            let r = find(&mut parent, i);
            resolved[i] = canonical[&r].0.clone();
            continue;
        }
        let key = &parsed[i].last;
        if key.is_empty() {
            continue;
        }
        let mut roots: Vec<usize> = groups
            .keys()
            .copied()
            .filter(|&r| {
                groups[&r].iter().any(|&m| {
                    let l = &parsed[m].last;
                    l == key || (l.len() >= 4 && key.len() >= 4 && jaro_winkler(l, key) >= 0.93)
                })
            })
            .collect();
        roots.sort_unstable();
        match roots.as_slice() {
            [] => {
                if let Some(e) = gaz.person_by_surname(&cores[i]) {
                    resolved[i] = e.canonical.clone();
                }
            }
            [r] => resolved[i] = canonical[r].0.clone(),
            many => {
                let known: Vec<&usize> = many.iter().filter(|r| canonical[*r].1).collect();
                if let [r] = known.as_slice() {
                    resolved[i] = canonical[*r].0.clone();
                }
            }
        }
    }
    order
        .iter()
        .map(|n| (n.to_string(), resolved[core_of[n]].clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(name, kind)` of the non-nested topics.
    fn top(text: &str) -> Vec<(String, &'static str)> {
        find_topics(text)
            .into_iter()
            .filter(|t| !t.nested)
            .map(|t| (t.name, t.kind.as_str()))
            .collect()
    }

    /// `name/kind` of all topics, nested ones marked with `^`.
    fn all(text: &str) -> Vec<String> {
        find_topics(text)
            .into_iter()
            .map(|t| {
                format!(
                    "{}{}/{}",
                    if t.nested { "^" } else { "" },
                    t.name,
                    t.kind.as_str()
                )
            })
            .collect()
    }

    fn check(text: &str, want: &[(&str, &str)]) {
        let got = top(text);
        let want: Vec<(String, &str)> = want.iter().map(|(n, k)| (n.to_string(), *k)).collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn brief_examples() {
        check(
            "We all see the response to the news of Alexey Navalny’s return to the Russian Federation.",
            &[("Alexey Navalny", "person"), ("Russia", "country")],
        );
        assert_eq!(
            all(
                "In December 2020, the Latvian State Security Service (VDD) detained several freelance correspondents of Sputnik Latvia, who are Latvian citizens"
            ),
            [
                "Latvian State Security Service/organisation",
                "^Latvia/country",
                "Latvian State Security Service/organisation",
                "Sputnik Latvia/organisation",
                "^Sputnik/organisation",
                "^Latvia/country",
                "Latvia/country",
            ]
        );
    }

    #[test]
    fn titles_are_not_topics() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Foreign Minister Sergey Lavrov will meet with Ahmed Maiteeq, Deputy Prime Minister of the Libyan Government of National Accord.",
                &[
                    ("Sergey Lavrov", "person"),
                    ("Ahmed Maiteeq", "person"),
                    ("Government of National Accord", "organisation"),
                ],
            ),
            (
                "Foreign Minister Sergey Lavrov will hold talks in Moscow with Foreign Minister of Sweden Ann Linde who will arrive in Russia as the OSCE Chairperson-in-Office.",
                &[
                    ("Sergey Lavrov", "person"),
                    ("Moscow", "place"),
                    ("Sweden", "country"),
                    ("Ann Linde", "person"),
                    ("Russia", "country"),
                    ("OSCE", "organisation"),
                ],
            ),
            (
                "Foreign Minister Sergey Lavrov will meet with Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan Ayman Safadi.",
                &[
                    ("Sergey Lavrov", "person"),
                    ("Jordan", "country"),
                    ("Ayman Safadi", "person"),
                ],
            ),
            (
                "Foreign Minister Sergey Lavrov will hold talks with High Representative of the European Union for Foreign Affairs and Security Policy Josep Borrell.",
                &[
                    ("Sergey Lavrov", "person"),
                    ("EU", "organisation"),
                    ("Josep Borrell", "person"),
                ],
            ),
            (
                "Foreign Minister of New Zealand Nanaia Mahuta said: “Civil society and political opposition must be able to operate freely",
                &[("New Zealand", "country"), ("Nanaia Mahuta", "person")],
            ),
            (
                "Czech Prime Minister Andrej Babis said that what happened merely confirms the feeling",
                &[("Czech Republic", "country"), ("Andrej Babis", "person")],
            ),
            (
                "Spokesman for the German Government Steffen Seibert pointed to “an abuse of the right to demonstrate.”",
                &[
                    ("German Government", "organisation"),
                    ("Steffen Seibert", "person"),
                ],
            ),
            (
                "Thus, Minister of Justice and Security of the Netherlands Ferdinand Grapperhaus said:",
                &[
                    ("Netherlands", "country"),
                    ("Ferdinand Grapperhaus", "person"),
                ],
            ),
            (
                "“My city is crying, and so am I,” Eindhoven Mayor John Jorritsma told reporters on Sunday night.",
                &[("Eindhoven", "place"), ("John Jorritsma", "person")],
            ),
            (
                "President Frank-Walter Steinmeier called them “repulsive.”",
                &[("Frank-Walter Steinmeier", "person")],
            ),
            (
                "Commander of the peacekeeping contingent Lieutenant General Rustam Muradov maintains direct contact",
                &[("Rustam Muradov", "person")],
            ),
            (
                "As Deputy Chief of Staff of the Presidential Executive Office, Dmitry Kozak, said they failed",
                &[
                    ("Presidential Executive Office", "organisation"),
                    ("Dmitry Kozak", "person"),
                ],
            ),
            (
                "Correspondent Galina Polonskaya, who was on the plane with Alexey Navalny, said",
                &[
                    ("Galina Polonskaya", "person"),
                    ("Alexey Navalny", "person"),
                ],
            ),
            (
                "OPCW Director-General Fernando Arias refused to answer our questions",
                &[("OPCW", "organisation"), ("Fernando Arias", "person")],
            ),
            (
                "Former US Secretary of State Rex Tillerson has refused to provide the “irrefutable proof”",
                &[("United States", "country"), ("Rex Tillerson", "person")],
            ),
            (
                "The West unanimously ignored the calls by the UN Secretary General and the UN High Commissioner for Human Rights",
                &[
                    ("West", "other"),
                    ("UN", "organisation"),
                    ("UN", "organisation"),
                ],
            ),
            (
                "the Commissioner for Human Rights at the Council of Europe and the OSCE Representative on Freedom of the Media",
                &[
                    ("Council of Europe", "organisation"),
                    ("OSCE", "organisation"),
                ],
            ),
            (
                "Our American colleagues made Ecumenical Patriarch Bartholomew follow the path of schism",
                &[("United States", "country"), ("Bartholomew", "person")],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn honorifics_and_surnames() {
        check(
            "Mr Lavrov and Mr Maiteeq will discuss the prospects for Libyan settlement",
            &[
                ("Sergey Lavrov", "person"),
                ("Maiteeq", "person"),
                ("Libya", "country"),
            ],
        );
        check(
            "Doctors in Omsk, who saved Mr Navalny’s life before he was literally ripped away",
            &[("Omsk", "place"), ("Alexey Navalny", "person")],
        );
        check(
            "A foreign policy aspect has been added to the Navalny case artificially.",
            &[("Alexey Navalny", "person")],
        );
        check(
            "Navalny claims that he has been poisoned by the Russian state and by President Putin personally.",
            &[
                ("Alexey Navalny", "person"),
                ("Russia", "country"),
                ("Vladimir Putin", "person"),
            ],
        );
        check("Mr. Billingslea said openly", &[("Billingslea", "person")]);
        check(
            "Marshall Billingslea, who will leave the post in two days, cannot let up. This is not a whim of Mr Billingslea.",
            &[
                ("Marshall Billingslea", "person"),
                ("Marshall Billingslea", "person"),
            ],
        );
        check(
            "We have noted a decision convicting Mark Schmidt. The scale of the doping scandal involving Schmidt’s activities",
            &[("Mark Schmidt", "person"), ("Mark Schmidt", "person")],
        );
        check(
            "According to President Zelensky, Ukraine needs the Minsk agreements",
            &[
                ("Volodymyr Zelensky", "person"),
                ("Ukraine", "country"),
                ("Minsk agreements", "other"),
            ],
        );
        check(
            "Thank you, Maria and thank you, Mr Minister, for taking my question.",
            &[("Maria", "person")],
        );
    }

    #[test]
    fn people_without_titles() {
        check(
            "The cases against Konstantin Yaroshenko, Roman Seleznev, Viktor Bout, and also Maria Butina (who has returned to Russia)",
            &[
                ("Konstantin Yaroshenko", "person"),
                ("Roman Seleznev", "person"),
                ("Viktor Bout", "person"),
                ("Maria Butina", "person"),
                ("Russia", "country"),
            ],
        );
        check(
            "Many recalled Karl Marx, Friedrich Engels, Vladimir Lenin and other analysts of capitalism",
            &[
                ("Karl Marx", "person"),
                ("Friedrich Engels", "person"),
                ("Vladimir Lenin", "person"),
            ],
        );
        check(
            "Mark Schmidt masterminded an international doping ring",
            &[("Mark Schmidt", "person")],
        );
        check(
            "It has been said recently that it was Yulia Navalny who was poisoned.",
            &[("Yulia Navalny", "person")],
        );
        check(
            "One example is the story of Lyudmila Ilyina, a geographer from Moscow",
            &[("Lyudmila Ilyina", "person"), ("Moscow", "place")],
        );
        check(
            "Joseph Biden is an expert on disarmament and arms control.",
            &[("Joe Biden", "person")],
        );
        check(
            "as John F. Kennedy and Jean-Claude Juncker said",
            &[
                ("John F. Kennedy", "person"),
                ("Jean-Claude Juncker", "person"),
            ],
        );
    }

    #[test]
    fn sentence_initial_words() {
        for text in [
            "Ladies and gentlemen, colleagues,",
            "However, certain and not too positive changes are still being felt.",
            "Transcript now being loaded up below as it becomes available:",
            "Carbon-copy comments on this event are coming in one after another.",
            "Officers of the Consulate General and their colleagues helped.",
            "Several days ago, nothing happened.",
            "Table of contents",
            "E-visas",
            "I suggest that you ask them.",
        ] {
            assert!(top(text).is_empty(), "{text}: {:?}", top(text));
        }
        check(
            "Euronews broadcast a story today.",
            &[("Euronews", "organisation")],
        );
        check(
            "Modern Sri Lanka enjoys well-deserved respect in the world",
            &[("Sri Lanka", "country")],
        );
        check(
            "Lithuania has built an entire system of measures",
            &[("Lithuania", "country")],
        );
        check(
            "Question: Sergey Lavrov said the following about Nagorno-Karabakh",
            &[("Sergey Lavrov", "person"), ("Nagorno-Karabakh", "place")],
        );
        // Months, weekdays and "I" never start names.
        check(
            "In January 2020, an employee of the TASS press centre was detained on Sunday.",
            &[("TASS", "organisation")],
        );
    }

    #[test]
    fn organisations_places_and_other() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The diplomats promptly contacted the Texas Department of Family and Protective Services and the Moscow Department of Social Protection.",
                &[
                    (
                        "Texas Department of Family and Protective Services",
                        "organisation",
                    ),
                    ("Moscow Department of Social Protection", "organisation"),
                ],
            ),
            (
                "Several days ago, Germany happily announced that it had answered the four requests it received from the Prosecutor General’s Office of Russia.",
                &[
                    ("Germany", "country"),
                    ("Prosecutor General's Office of Russia", "organisation"),
                ],
            ),
            (
                "a media crimes investigation board of the Ankara Prosecutor’s Office detained Sputnik Turkey employees.",
                &[
                    ("Ankara Prosecutor’s Office", "organisation"),
                    ("Sputnik Turkey", "organisation"),
                ],
            ),
            (
                "an employee of the TASS press centre was detained in Milan Airport by border guards. The Financial Guard militarised police force interrogated him",
                &[
                    ("TASS", "organisation"),
                    ("Milan Airport", "place"),
                    ("Financial Guard", "organisation"),
                ],
            ),
            (
                "Russia proposed making the Karabakh Humanitarian Response Centre an international agency",
                &[
                    ("Russia", "country"),
                    ("Karabakh Humanitarian Response Centre", "organisation"),
                ],
            ),
            (
                "We will also use the Russian Fund for the Support and Protection of the Rights of Compatriots Living Abroad",
                &[(
                    "Russian Fund for the Support and Protection of the Rights of Compatriots Living Abroad",
                    "organisation",
                )],
            ),
            (
                "The US is a member of the Convention for the Protection of Human Rights and Fundamental Freedoms and the International Covenant on Civil and Political Rights.",
                &[
                    ("United States", "country"),
                    ("European Convention on Human Rights", "other"),
                    (
                        "International Covenant on Civil and Political Rights",
                        "other",
                    ),
                ],
            ),
            (
                "This year we will celebrate the 20th anniversary of the Russian-Chinese Treaty of Good-Neighbourliness, Friendship and Cooperation.",
                &[(
                    "Russian-Chinese Treaty of Good-Neighbourliness, Friendship and Cooperation",
                    "other",
                )],
            ),
            (
                "the Year of Russian-Chinese Scientific, Technical and Innovative Cooperation.",
                &[(
                    "Year of Russian-Chinese Scientific, Technical and Innovative Cooperation",
                    "other",
                )],
            ),
            (
                "January 27 marked Military Glory Day, Day of Complete Liberation of Leningrad from Nazi Siege.",
                &[
                    ("Military Glory Day", "other"),
                    ("Day of Complete Liberation of Leningrad", "other"),
                    ("Nazi Siege", "other"),
                ],
            ),
            (
                "the soldiers of the Leningrad Front, the Volkhov Front and the 2nd Baltic Front drove Nazi troops out of the city and liberated almost the entire Leningrad Region.",
                &[
                    ("Leningrad Front", "organisation"),
                    ("Volkhov Front", "organisation"),
                    ("Baltic Front", "organisation"),
                    ("Nazism", "other"),
                    ("Leningrad Region", "place"),
                ],
            ),
            (
                "The people of Leningrad gathered in the streets, squares and the Neva River embankments",
                &[("Leningrad", "place"), ("Neva River", "place")],
            ),
            (
                "We will notify the German Foreign Ministry soon; the Ukrainian Navy in the Black Sea",
                &[
                    ("German Foreign Ministry", "organisation"),
                    ("Ukrainian Navy", "organisation"),
                    ("Black Sea", "place"),
                ],
            ),
            (
                "information is available in the Results of Foreign Policy Activities in 2020.",
                &[("Results of Foreign Policy Activities", "other")],
            ),
            (
                "This is one of the key projects of Memory and Glory Year.",
                &[("Memory and Glory Year", "other")],
            ),
            (
                "I would like to draw your attention to the Federation Council Statement in connection with violations",
                &[("Federation Council Statement", "other")],
            ),
            (
                "the blogger was “highly likely” poisoned with a Novichok chemical warfare agent",
                &[("Novichok", "other")],
            ),
            (
                "It is the Minsk agreements and the New START treaty.",
                &[("Minsk agreements", "other"), ("New START", "other")],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn nested_names_policy() {
        assert_eq!(
            all("the Russian-Chinese Inter-Parliamentary Commission"),
            [
                "Russian-Chinese Inter-Parliamentary Commission/organisation",
                "^Russia/country",
                "^China/country"
            ]
        );
        assert_eq!(
            all("the OSCE Minsk Group co-chairs"),
            ["OSCE Minsk Group/organisation", "^OSCE/organisation"]
        );
        assert_eq!(
            all("the UN Security Council"),
            ["UN Security Council/organisation", "^UN/organisation"]
        );
        assert_eq!(
            all("the US Embassy’s website"),
            ["US Embassy/organisation", "^United States/country"]
        );
        // Places inside names are not repeated; nor names inside countries.
        assert_eq!(
            all("the Moscow Department of Social Protection"),
            ["Moscow Department of Social Protection/organisation"]
        );
        assert_eq!(all("Papua New Guinea"), ["Papua New Guinea/country"]);
        assert_eq!(all("the Minsk agreements"), ["Minsk agreements/other"]);
        // Inside treaties only countries.
        assert_eq!(all("the UN Charter"), ["UN Charter/other"]);
        assert_eq!(
            all("Sri Lanka Independence Day"),
            ["Sri Lanka Independence Day/other", "^Sri Lanka/country"]
        );
    }

    #[test]
    fn compounds_give_every_part() {
        check(
            "A lot more can be said about Russian-Chinese cooperation.",
            &[("Russia", "country"), ("China", "country")],
        );
        check(
            "the Palestinian-Israeli conflict",
            &[("Palestine", "country"), ("Israel", "country")],
        );
        check(
            "the India-Russia defence trade",
            &[("India", "country"), ("Russia", "country")],
        );
        check(
            "in the Black Sea-Azov Sea region",
            &[("Black Sea", "place"), ("Sea of Azov", "place")],
        );
        check("in the post-Soviet period", &[("Soviet Union", "country")]);
        check(
            "a range of issues and outlook on Russia-EU relations",
            &[("Russia", "country"), ("EU", "organisation")],
        );
    }

    #[test]
    fn acronyms() {
        check(
            "the Shanghai Cooperation Organisation (SCO) and BRICS",
            &[
                ("SCO", "organisation"),
                ("SCO", "organisation"),
                ("BRICS", "organisation"),
            ],
        );
        check(
            "the Foreign Assistance Development Bureau (FADB) said",
            &[
                ("Foreign Assistance Development Bureau", "organisation"),
                ("Foreign Assistance Development Bureau", "organisation"),
            ],
        );
        // Generic acronyms and plurals are not topics.
        assert!(top("USB memory sticks, IT experts, NGOs and POWs").is_empty());
        check(
            "the Chemical Weapons Convention (CWC)",
            &[
                ("Chemical Weapons Convention", "other"),
                ("Chemical Weapons Convention", "other"),
            ],
        );
    }

    #[test]
    fn ranges_slice_the_names() {
        let text =
            "Foreign Minister Sergey Lavrov’s meeting with Foreign Minister of Sweden Ann Linde";
        let got: Vec<&str> = find_topics(text)
            .iter()
            .map(|t| &text[t.range.clone()])
            .collect();
        assert_eq!(got, ["Sergey Lavrov", "Sweden", "Ann Linde"]);
        let text = "the Latvian State Security Service";
        let got: Vec<&str> = find_topics(text)
            .iter()
            .map(|t| &text[t.range.clone()])
            .collect();
        assert_eq!(got, ["Latvian State Security Service", "Latvian"]);
    }

    #[test]
    fn user_gazetteer() {
        let mut g = Gazetteer::parse("country\tRuritania\tRuritanian\n");
        g.add(crate::text::gazetteer::Entry {
            canonical: "Ruritanian Wine Board".into(),
            kind: EntityKind::Organisation,
            aliases: vec!["RWB".into()],
        });
        let got: Vec<String> = find_topics_with(&g, "The RWB and Ruritanian farmers")
            .into_iter()
            .map(|t| t.name)
            .collect();
        assert_eq!(got, ["Ruritanian Wine Board", "Ruritania"]);
    }

    #[test]
    fn empty_and_odd_input() {
        assert!(find_topics("").is_empty());
        assert!(find_topics("   \n\n").is_empty());
        assert!(find_topics("—“”()…").is_empty());
        assert!(find_topics("1,532 2+2 19:40").is_empty());
        // Never panics on arbitrary Unicode.
        let _ = find_topics("Ёлка Ü’s – «Zürich» d’Ivoire U.S. Mr.");
    }

    #[test]
    fn person_cores_and_keys() {
        assert_eq!(
            person_core("Foreign Minister Sergey Lavrov"),
            "Sergey Lavrov"
        );
        assert_eq!(
            person_core("Foreign Minister of Sweden Ann Linde"),
            "Ann Linde"
        );
        assert_eq!(person_core("Mr Navalny’s"), "Navalny");
        assert_eq!(person_core("Ursula von der Leyen"), "Ursula von der Leyen");
        assert_eq!(person_core("Maria Zakharova:"), "Maria Zakharova");
        assert_eq!(person_core("President"), "President");
        assert_eq!(surname_key("Mr Navalny’s"), "navalny");
        assert_eq!(surname_key("Volodymyr Zelenskyy"), "zelensky");
        assert_eq!(surname_key("Volodymyr Zelenskiy"), "zelensky");
        assert_eq!(fold("Aleksei"), fold("Alexey"));
        assert_eq!(fold("Alexei"), fold("Alexey"));
        assert_eq!(fold("Sergei"), fold("Sergey"));
        assert_eq!(fold("Yuri"), fold("Yury"));
        assert_eq!(fold("Çavuşoğlu"), fold("Cavusoglu"));
    }

    fn merged(names: &[&str]) -> Vec<(String, String)> {
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        let map = merge_person_variants(&names);
        let mut v: Vec<(String, String)> = map.into_iter().collect();
        v.sort();
        v
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = p
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn merge_spelling_variants_and_surnames() {
        assert_eq!(
            merged(&[
                "Alexey Navalny",
                "Alexei Navalny",
                "Aleksei Navalny",
                "Navalny",
                "Mr Navalny",
                "Navalny’s",
                "Sergei Lavrov",
                "Foreign Minister Sergey Lavrov",
                "Lavrov",
            ]),
            pairs(&[
                ("Alexey Navalny", "Alexey Navalny"),
                ("Alexei Navalny", "Alexey Navalny"),
                ("Aleksei Navalny", "Alexey Navalny"),
                ("Navalny", "Alexey Navalny"),
                ("Mr Navalny", "Alexey Navalny"),
                ("Navalny’s", "Alexey Navalny"),
                ("Sergei Lavrov", "Sergey Lavrov"),
                ("Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
                ("Lavrov", "Sergey Lavrov"),
            ])
        );
    }

    #[test]
    fn merge_unknown_people_by_frequency() {
        assert_eq!(
            merged(&[
                "Mark Schmidt",
                "Schmidt",
                "Mark Schmidt",
                "Mr Schmidt",
                "Alexander Vinnik",
                "Vinnik",
                "Vinnik's"
            ]),
            pairs(&[
                ("Mark Schmidt", "Mark Schmidt"),
                ("Schmidt", "Mark Schmidt"),
                ("Mr Schmidt", "Mark Schmidt"),
                ("Alexander Vinnik", "Alexander Vinnik"),
                ("Vinnik", "Alexander Vinnik"),
                ("Vinnik's", "Alexander Vinnik"),
            ])
        );
        // The more frequent spelling names the group.
        assert_eq!(
            merged(&["Yury Mel", "Yuri Mel", "Yuri Mel"]),
            pairs(&[("Yury Mel", "Yuri Mel"), ("Yuri Mel", "Yuri Mel")])
        );
        assert_eq!(
            merged(&["Joe Smith", "Joseph Smith", "Joseph Smith"]),
            pairs(&[
                ("Joe Smith", "Joseph Smith"),
                ("Joseph Smith", "Joseph Smith")
            ])
        );
    }

    #[test]
    fn merge_leaves_ambiguity_alone() {
        // Two Skripals: "Skripal" alone stays.
        assert_eq!(
            merged(&["Sergei Skripal", "Yulia Skripal", "Skripal"]),
            pairs(&[
                ("Sergei Skripal", "Sergei Skripal"),
                ("Yulia Skripal", "Yulia Skripal"),
                ("Skripal", "Skripal"),
            ])
        );
        // Different first names are different people.
        assert_eq!(
            merged(&["Mark Schmidt", "Maria Schmidt"]),
            pairs(&[
                ("Mark Schmidt", "Mark Schmidt"),
                ("Maria Schmidt", "Maria Schmidt")
            ])
        );
        // A first name alone is not merged.
        assert_eq!(
            merged(&["Maria Zakharova", "Maria"]),
            pairs(&[("Maria Zakharova", "Maria Zakharova"), ("Maria", "Maria")])
        );
        // But a gazetteer person wins a surname shared with an unknown one.
        assert_eq!(
            merged(&["Alexey Navalny", "Yulia Navalny", "Navalny"]),
            pairs(&[
                ("Alexey Navalny", "Alexey Navalny"),
                ("Yulia Navalny", "Yulia Navalny"),
                ("Navalny", "Alexey Navalny"),
            ])
        );
        // A surname seen only alone takes the gazetteer's full name.
        assert_eq!(
            merged(&["Mr Putin"]),
            pairs(&[("Mr Putin", "Vladimir Putin")])
        );
        assert_eq!(
            merged(&["Mr Billingslea"]),
            pairs(&[("Mr Billingslea", "Billingslea")])
        );
    }

    /// Real paragraphs with curly quotes, dashes, possessives and numbers.
    const SAMPLE: &str = "Many politicians, primarily Western officials, practiced their beautiful literary writing skills. Swedish Foreign Minister Ann Linde wrote: “A healthy and vibrant opposition should be welcomed.” Foreign Minister of New Zealand Nanaia Mahuta said: “Civil society and political opposition must be able to operate freely – these are essential elements of democratic societies.” Czech Prime Minister Andrej Babis said that what happened merely confirms the feeling of the last few years that Russia is moving away from the community of democratic states.\nOn January 23, 2020, Vinnik was extradited to France by the Greek Justice Minister’s decision. The French courts rejected the petitions by Vinnik's lawyers, and on December 7, 2020, the French court incarcerated the Russian for five years. The Prosecutor General’s Office of Russia; the U.S. and the Côte d’Ivoire; Mr. Navalny’s “poisoning”…";

    #[test]
    fn every_slice_is_safe() {
        let g = Gazetteer::builtin();
        let anchor = chrono::NaiveDate::from_ymd_opt(2021, 1, 28);
        let bounds: Vec<usize> = SAMPLE
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(SAMPLE.len()))
            .collect();
        for (k, &a) in bounds.iter().enumerate().step_by(3) {
            for &b in bounds[k..].iter().step_by(7).take(40) {
                let text = &SAMPLE[a..b];
                for t in find_topics(text) {
                    assert!(
                        t.range.start < t.range.end && t.range.end <= text.len(),
                        "{text:?}"
                    );
                    assert!(
                        text.is_char_boundary(t.range.start) && text.is_char_boundary(t.range.end)
                    );
                    assert!(!t.name.is_empty());
                }
                for m in g.find(text) {
                    assert!(
                        text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end)
                    );
                }
                let dates = crate::text::dates::find_dates(text, anchor);
                for m in &dates {
                    assert!(
                        text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end)
                    );
                }
                assert!(dates.windows(2).all(|w| w[0].range.end <= w[1].range.start));
                let s = crate::annotate::checkworthiness::checkworthiness(text);
                assert!((0.0..=1.0).contains(&s));
            }
        }
    }
}
