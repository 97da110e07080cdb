//! Sentence embeddings without a neural network at run time: static token
//! vectors distilled from all-MiniLM-L6-v2 (the model2vec method, see
//! `scripts/distill_static.py`), shipped in `data/embeddings/` and compiled
//! into the binary, so nothing is downloaded or loaded from disk.
//!
//! A word is split into the model's WordPiece tokens (greedy longest match,
//! as BERT's tokenizer does on lower-cased, accent-stripped text); its vector
//! is the mean of their vectors. A sentence vector is the weighted mean of
//! its words' vectors, the weights chosen by the caller (matching uses the
//! inverse document frequency over the corpus), normalised to unit length.
//!
//! The file format ("CGSE", version 1): `u32` version, `u32` rows, `u32`
//! dimensions, then per row an `f32` scale and `dims` signed bytes (value =
//! byte × scale), little-endian. A file that does not parse leaves the model
//! absent ([`StaticModel::get`] returns `None`) and matching works lexically.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The distilled vectors (PCA-reduced to [`DIMS`] dimensions).
static MODEL_BYTES: &[u8] = include_bytes!("../data/embeddings/minilm-static.bin");
/// The WordPiece vocabulary, one token a line, in row order.
static VOCAB: &str = include_str!("../data/embeddings/vocab.txt");

/// Dimensions of a vector.
pub const DIMS: usize = 128;

/// Longest word (in bytes) split into WordPiece tokens; longer ones are
/// unknown, as in BERT's tokenizer (which uses 100 characters).
const MAX_WORD: usize = 100;

/// A sentence or word vector.
pub type Vector = [f32; DIMS];

/// The static embedding model: vocabulary and one vector per token.
#[derive(Debug)]
pub struct StaticModel {
    vocab: HashMap<&'static str, u32>,
    vectors: Vec<f32>,
}

impl StaticModel {
    /// The model compiled into the binary, parsed once; `None` when the
    /// shipped file is missing or malformed.
    pub fn get() -> Option<&'static StaticModel> {
        static MODEL: OnceLock<Option<StaticModel>> = OnceLock::new();
        MODEL
            .get_or_init(|| StaticModel::parse(MODEL_BYTES, VOCAB))
            .as_ref()
    }

    /// Parses the binary vectors and the vocabulary.
    pub fn parse(bytes: &[u8], vocab: &'static str) -> Option<StaticModel> {
        let u32_at = |o: usize| -> Option<u32> {
            Some(u32::from_le_bytes(bytes.get(o..o + 4)?.try_into().ok()?))
        };
        if bytes.get(0..4)? != b"CGSE" || u32_at(4)? != 1 {
            return None;
        }
        let rows = u32_at(8)? as usize;
        let dims = u32_at(12)? as usize;
        if dims != DIMS || bytes.len() != 16 + rows * (4 + dims) {
            return None;
        }
        let words: Vec<&'static str> = vocab.lines().collect();
        if words.len() != rows {
            return None;
        }
        let mut vectors = Vec::with_capacity(rows * dims);
        for r in 0..rows {
            let o = 16 + r * (4 + dims);
            let scale = f32::from_le_bytes(bytes[o..o + 4].try_into().ok()?);
            vectors.extend(
                bytes[o + 4..o + 4 + dims]
                    .iter()
                    .map(|&b| b as i8 as f32 * scale),
            );
        }
        let vocab = words
            .into_iter()
            .enumerate()
            .map(|(i, w)| (w, i as u32))
            .collect();
        Some(StaticModel { vocab, vectors })
    }

    fn row(&self, id: u32) -> &[f32] {
        let s = id as usize * DIMS;
        &self.vectors[s..s + DIMS]
    }

    /// WordPiece ids of one lower-case word (greedy longest match first;
    /// continuation pieces carry `##`). Empty when the word cannot be
    /// split (BERT would give `[UNK]`, which carries no meaning here).
    pub fn wordpieces(&self, word: &str) -> Vec<u32> {
        let mut out = Vec::new();
        if word.is_empty() || word.len() > MAX_WORD {
            return out;
        }
        let mut start = 0;
        let mut piece = String::new();
        while start < word.len() {
            let mut end = word.len();
            let mut found = None;
            while end > start {
                if word.is_char_boundary(end) {
                    piece.clear();
                    if start > 0 {
                        piece.push_str("##");
                    }
                    piece.push_str(&word[start..end]);
                    if let Some(&id) = self.vocab.get(piece.as_str()) {
                        found = Some(id);
                        break;
                    }
                }
                end -= 1;
            }
            match found {
                Some(id) => {
                    out.push(id);
                    start = end;
                }
                None => return Vec::new(),
            }
        }
        out
    }

    /// The vector of one normalised word: the mean of its WordPieces'
    /// vectors; `None` for a word the vocabulary cannot spell.
    pub fn word_vector(&self, word: &str) -> Option<Vector> {
        let ids = self.wordpieces(word);
        if ids.is_empty() {
            return None;
        }
        let mut v = [0f32; DIMS];
        for &id in &ids {
            for (a, b) in v.iter_mut().zip(self.row(id)) {
                *a += b;
            }
        }
        let k = 1.0 / ids.len() as f32;
        v.iter_mut().for_each(|a| *a *= k);
        Some(v)
    }
}

/// Adds `w × v` to `acc`.
pub fn add_scaled(acc: &mut Vector, v: &Vector, w: f32) {
    for (a, b) in acc.iter_mut().zip(v) {
        *a += w * b;
    }
}

/// Scales `v` to unit length; a zero vector stays zero.
pub fn normalise(v: &mut Vector) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

/// Dot product (the cosine of two unit vectors).
pub fn dot(a: &Vector, b: &Vector) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// A vector kept in 8-bit integers with one scale: 132 bytes instead of
/// 512, for the hundreds of thousands of sentence vectors of a big corpus.
/// The cosine of two packed unit vectors is within about 0.002 of theirs.
#[derive(Debug, Clone, PartialEq)]
pub struct Packed {
    scale: f32,
    v: [i8; DIMS],
}

impl Packed {
    /// `v` rounded to 127 steps of its largest component.
    pub fn pack(v: &Vector) -> Packed {
        let max = v.iter().fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let mut out = [0i8; DIMS];
        for (o, x) in out.iter_mut().zip(v) {
            *o = (x / scale).round().clamp(-127.0, 127.0) as i8;
        }
        Packed { scale, v: out }
    }

    /// Dot product of two packed vectors.
    pub fn dot(&self, other: &Packed) -> f32 {
        let s: i32 = self
            .v
            .iter()
            .zip(&other.v)
            .map(|(&a, &b)| i32::from(a) * i32::from(b))
            .sum();
        s as f32 * self.scale * other.scale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_vectors_keep_the_cosine() {
        let m = model();
        let (a, b) = (
            m.word_vector("talks").unwrap(),
            m.word_vector("negotiations").unwrap(),
        );
        let unit = |v: Vector| {
            let mut v = v;
            normalise(&mut v);
            v
        };
        let (a, b) = (unit(a), unit(b));
        let (pa, pb) = (Packed::pack(&a), Packed::pack(&b));
        assert!(
            (pa.dot(&pb) - dot(&a, &b)).abs() < 0.002,
            "{} {}",
            pa.dot(&pb),
            dot(&a, &b)
        );
        assert!((pa.dot(&pa) - 1.0).abs() < 0.002, "{}", pa.dot(&pa));
        assert_eq!(Packed::pack(&[0.0; DIMS]).dot(&pa), 0.0);
    }

    fn model() -> &'static StaticModel {
        StaticModel::get().expect("the shipped model parses")
    }

    #[test]
    fn wordpiece_splits_like_bert() {
        let m = model();
        let id = |w: &str| m.vocab[w];
        assert_eq!(m.wordpieces("talks"), vec![id("talks")]);
        // an unknown word is split into known pieces
        let p = m.wordpieces("denuclearisation");
        assert!(p.len() > 1, "{p:?}");
        assert_eq!(p[0], id("den"));
        assert_eq!(m.wordpieces(""), Vec::<u32>::new());
    }

    #[test]
    fn similar_words_are_closer_than_unrelated_ones() {
        let m = model();
        let unit = |w: &str| {
            let mut v = m.word_vector(w).unwrap();
            normalise(&mut v);
            v
        };
        let (talks, negotiations, banana) = (unit("talks"), unit("negotiations"), unit("banana"));
        assert!(dot(&talks, &negotiations) > dot(&talks, &banana) + 0.1);
    }

    #[test]
    fn malformed_files_leave_the_model_absent() {
        assert!(StaticModel::parse(b"", "").is_none());
        assert!(StaticModel::parse(b"CGSE\x02\0\0\0", "").is_none());
        let mut one = b"CGSE".to_vec();
        for v in [1u32, 1, DIMS as u32] {
            one.extend(v.to_le_bytes());
        }
        one.extend(1f32.to_le_bytes());
        one.extend(vec![1u8; DIMS]);
        assert!(StaticModel::parse(&one, "a\n").is_some());
        assert!(StaticModel::parse(&one, "a\nb\n").is_none());
        assert!(StaticModel::parse(&one[..one.len() - 1], "a\n").is_none());
    }
}
