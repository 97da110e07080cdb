//! The user's configuration file: `claimgraph.toml` at the corpus root, or
//! the file given with `--config`.
//!
//! ```toml
//! # Speakers: merge spellings and labels into one person…
//! [speakers.aliases]
//! "Sergei Lavrov" = "Sergey Lavrov"
//! "THE MINISTER" = "Sergey Lavrov"
//!
//! # …and choose the name a person is shown with.
//! [speakers.rename]
//! "Maria Zakharova" = "Maria V. Zakharova"
//!
//! # Topics the gazetteer does not know: name = kind
//! # (person, country, organisation, place, other).
//! [topics.add]
//! "Sputnik V" = "other"
//! "Nord Stream 2" = "other"
//!
//! # Other names for topics: alias = topic.
//! [topics.aliases]
//! "Kyiv" = "Kiev"
//! ```
//!
//! Every section is optional. Keys are matched exactly as written (titles
//! are stripped from speaker labels before the aliases apply, so "Sergei
//! Lavrov" also covers "Foreign Minister Sergei Lavrov").

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};

/// The name of the configuration file looked up at the corpus root.
pub const FILE_NAME: &str = "claimgraph.toml";

/// Speaker settings.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SpeakerConfig {
    /// Written name (or label) → the person's name.
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
    /// Resolved name → the name to show.
    #[serde(default)]
    pub rename: BTreeMap<String, String>,
}

/// Topic settings.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TopicConfig {
    /// Extra topics: name → kind.
    #[serde(default)]
    pub add: BTreeMap<String, String>,
    /// Alias → topic name.
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
}

/// The whole configuration.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `[speakers]`
    #[serde(default)]
    pub speakers: SpeakerConfig,
    /// `[topics]`
    #[serde(default)]
    pub topics: TopicConfig,
}

/// Topic kinds a configuration may name.
pub const TOPIC_KINDS: &[&str] = &["person", "country", "organisation", "place", "other"];

impl Config {
    /// Parses a configuration; `path` is used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let cfg: Config = toml::from_str(text).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            message: e.to_string().trim().replace('\n', " "),
        })?;
        for (name, kind) in &cfg.topics.add {
            if !TOPIC_KINDS.contains(&kind.as_str()) {
                return Err(Error::Config {
                    path: path.to_path_buf(),
                    message: format!(
                        "topic {name:?} has kind {kind:?}; expected one of {}",
                        TOPIC_KINDS.join(", ")
                    ),
                });
            }
        }
        Ok(cfg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_section() {
        let cfg = Config::parse(
            "[speakers.aliases]\n\"Sergei Lavrov\" = \"Sergey Lavrov\"\n[speakers.rename]\n\"Maria Zakharova\" = \"Maria V. Zakharova\"\n[topics.add]\n\"Sputnik V\" = \"other\"\n[topics.aliases]\nKyiv = \"Kiev\"\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(cfg.speakers.aliases["Sergei Lavrov"], "Sergey Lavrov");
        assert_eq!(cfg.speakers.rename["Maria Zakharova"], "Maria V. Zakharova");
        assert_eq!(cfg.topics.add["Sputnik V"], "other");
        assert_eq!(cfg.topics.aliases["Kyiv"], "Kiev");
        assert_eq!(
            Config::parse("", Path::new("c.toml")).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn errors_name_the_file_and_the_problem() {
        let e = Config::parse(
            "[speakers]\nnicknames = 1\n",
            Path::new("corpus/claimgraph.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("invalid config file corpus/claimgraph.toml:"),
            "{e}"
        );
        assert!(e.contains("nicknames"), "{e}");
        let e = Config::parse("[topics.add]\nX = \"thing\"\n", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("topic \"X\" has kind \"thing\""), "{e}");
    }
}
