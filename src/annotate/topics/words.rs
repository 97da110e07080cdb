//! Word classes for phrase building: titles, roles, honorifics, head words
//! of organisations, places and other names, stop words, first names.

use std::sync::OnceLock;

use crate::text::gazetteer::{EntityKind, FastMap};

/// What a word is, for phrase building.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
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
    pub(super) fn is_head(self) -> bool {
        matches!(self, Class::OrgHead | Class::PlaceHead | Class::OtherHead)
    }

    pub(super) fn head_kind(self) -> Option<EntityKind> {
        match self {
            Class::OrgHead => Some(EntityKind::Organisation),
            Class::PlaceHead => Some(EntityKind::Place),
            Class::OtherHead => Some(EntityKind::Other),
            _ => None,
        }
    }
}

#[rustfmt::skip]
pub(super) const TITLES: &[&str] = &[
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
pub(super) const ROLES: &[&str] = &[
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
pub(super) const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "madam",
    "madame", "monsieur", "herr", "frau", "mister", "messrs", "mme", "mlle", "hon", "rev",
];

#[rustfmt::skip]
pub(super) const ORG_HEADS: &[&str] = &[
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
pub(super) const PLACE_HEADS: &[&str] = &[
    "region", "river", "sea", "ocean", "airport", "island", "islands", "mountains",
    "mountain", "lake", "street", "square", "avenue", "gulf", "bay", "peninsula", "strait",
    "valley", "province", "district", "oblast", "krai", "territory", "territories", "city",
    "garden", "gardens", "park", "canal", "corridor", "heights", "desert", "coast", "basin",
    "highway", "bridge", "port", "harbour", "harbor", "station", "cemetery", "gora", "palace",
    "embankment", "prospekt", "plaza", "republic", "county", "village", "town", "boulevard",
    "road", "field", "hill", "hills", "forest", "plateau", "delta", "cape", "zone",
];

#[rustfmt::skip]
pub(super) const OTHER_HEADS: &[&str] = &[
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
pub(super) const STOPS: &[&str] = &[
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
pub(super) const DROP_SINGLE: &[&str] = &[
    "Eastern", "Northern", "Southern", "Central", "Arab", "Orthodox", "Old", "New", "Great",
    "Big", "National", "International", "Global", "Federal", "Islamic", "Catholic", "Muslim",
    "Jewish", "Slavic", "Christian", "Democratic", "Republican", "Socialist", "Communist",
    "Liberal", "Conservative", "Internet", "God", "People", "English", "Korean", "Number",
    "Blog", "Comments", "Contents",
];

#[rustfmt::skip]
pub(super) const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
];

#[rustfmt::skip]
pub(super) const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la",
    "le", "al", "el", "bin", "ibn", "ben", "zu", "ter", "ten",
];

#[rustfmt::skip]
pub(super) const ACRONYM_STOPS: &[&str] = &[
    "TV", "IT", "USB", "OK", "PR", "CEO", "GDP", "DNA", "ID", "AM", "PM", "UTC", "GMT", "FAQ",
    "PDF", "HTML", "URL", "SMS", "VIP", "NGO", "POW", "ICT", "BMD", "MP", "HQ", "Q", "A",
    "GULAG", "AI", "BBC's",
];

#[rustfmt::skip]
pub(super) const FIRST_NAMES: &[&str] = &[
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
pub(super) const SURNAME_SUFFIXES: &[&str] = &[
    "ov", "ova", "ev", "eva", "yov", "yev", "yeva", "yn", "sky", "skiy", "skyi", "ski", "skaya",
    "skaia", "enko", "chuk", "yuk", "ich", "vich", "yan", "dze", "shvili", "nyi", "oglu",
];

/// Suffixes accepted only on longer words (six letters or more).
pub(super) const LONG_SURNAME_SUFFIXES: &[&str] = &["in", "ina", "uk", "ik", "ian"];

pub(super) fn class_table() -> &'static FastMap<&'static str, Class> {
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

pub(super) fn first_names() -> &'static FastMap<&'static str, ()> {
    static S: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    S.get_or_init(|| FIRST_NAMES.iter().map(|n| (*n, ())).collect())
}

/// A known first name, or a hyphenated one starting with one
/// ("Jean-Claude").
pub(super) fn is_first_name(w: &str) -> bool {
    let names = first_names();
    names.contains_key(w)
        || w.split_once('-')
            .is_some_and(|(a, _)| names.contains_key(a))
}

pub(super) fn has_surname_suffix(w: &str) -> bool {
    let lw = w.to_lowercase();
    let letters = lw.chars().count();
    if letters < 4 {
        return false;
    }
    SURNAME_SUFFIXES.iter().any(|s| lw.ends_with(s))
        || (letters >= 6 && LONG_SURNAME_SUFFIXES.iter().any(|s| lw.ends_with(s)))
}
