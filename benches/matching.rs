//! Micro-benchmarks of claim matching: normalisation, quotation finding,
//! candidate generation (shingles, index, candidates) and verification
//! (alignments), plus `find_matches` end to end on the bundled corpus and on
//! the bundled corpus copied many times with light edits.
//!
//! ```text
//! cargo bench --bench matching
//! ```
//!
//! Claims come from the real pipeline (`pipeline::analyse`) run on
//! `corpus/`, so the inputs are the sentences claimgraph actually compares.

use std::hint::black_box;
use std::path::Path;

use claimgraph::config::Config;
use claimgraph::corpus::{ReadOptions, read_corpus};
use claimgraph::matching::index::{Index, shingles};
use claimgraph::matching::normalize::{Tok, normalize, normalized_words};
use claimgraph::matching::quotes::turn_quotations;
use claimgraph::matching::verify::{common_tokens, local, semi_global, token_levenshtein};
use claimgraph::matching::{MatchOptions, find_matches};
use claimgraph::model::Claim;
use claimgraph::pipeline::{AnalysisOptions, analyse};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// The bundled corpus' claims and document dates.
fn sample() -> (Vec<Claim>, Vec<Option<chrono::NaiveDate>>) {
    let corpus =
        read_corpus(Path::new("corpus"), &ReadOptions::default()).expect("corpus/ is readable");
    let a = analyse(corpus.docs, &Config::default(), &AnalysisOptions::default());
    let dates = a.documents.iter().map(|d| d.seg.meta.date).collect();
    (a.claims, dates)
}

/// `copies` copies of the claims, one document per copy of each document,
/// each copy with every fifth word of every third claim dropped, so that
/// the index and the verification see near-duplicates, not only identical
/// texts.
fn scaled(
    claims: &[Claim],
    dates: &[Option<chrono::NaiveDate>],
    copies: usize,
) -> (Vec<Claim>, Vec<Option<chrono::NaiveDate>>) {
    let docs = dates.len();
    let mut out = Vec::with_capacity(claims.len() * copies);
    let mut out_dates = Vec::with_capacity(docs * copies);
    for k in 0..copies {
        out_dates.extend_from_slice(dates);
        for (i, c) in claims.iter().enumerate() {
            let mut c = c.clone();
            c.doc_index += k * docs;
            c.id = format!("{}-{k}", c.id);
            if k > 0 && i % 3 == k % 3 {
                c.text = c
                    .text
                    .split(' ')
                    .enumerate()
                    .filter(|(j, _)| (j + k) % 5 != 4)
                    .map(|(_, w)| w)
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            out.push(c);
        }
    }
    (out, out_dates)
}

fn bench_normalize(c: &mut Criterion) {
    let (claims, _) = sample();
    let bytes: usize = claims.iter().map(|c| c.text.len()).sum();
    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("tokens", |b| {
        b.iter(|| {
            for c in &claims {
                black_box(normalize(black_box(&c.text)));
            }
        })
    });
    g.bench_function("words", |b| {
        b.iter(|| {
            for c in &claims {
                black_box(normalized_words(black_box(&c.text)));
            }
        })
    });
    let texts: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
    g.bench_function("quotations", |b| {
        b.iter(|| black_box(turn_quotations(black_box(&texts))))
    });
    g.finish();
}

fn bench_candidates(c: &mut Criterion) {
    let (claims, dates) = sample();
    let mut g = c.benchmark_group("candidates");
    for copies in [1usize, 8] {
        let (claims, _) = scaled(&claims, &dates, copies);
        let norms: Vec<_> = claims.iter().map(|c| normalize(&c.text)).collect();
        let sets: Vec<Vec<u64>> = norms
            .iter()
            .map(|n| shingles(&n.hashes, &n.flags, 5))
            .collect();
        let weights = vec![1u32; sets.len()];
        g.throughput(Throughput::Elements(claims.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("shingles", claims.len()),
            &norms,
            |b, norms| {
                b.iter(|| {
                    for n in norms {
                        black_box(shingles(&n.hashes, &n.flags, 5));
                    }
                })
            },
        );
        g.bench_with_input(BenchmarkId::new("index", claims.len()), &sets, |b, sets| {
            b.iter(|| black_box(Index::build(sets, &weights, 50)))
        });
        let index = Index::build(&sets, &weights, 50);
        g.bench_with_input(
            BenchmarkId::new("probe", claims.len()),
            &index,
            |b, index| {
                let mut out = Vec::new();
                b.iter(|| {
                    let mut n = 0;
                    for e in 0..sets.len() as u32 {
                        index.candidates(e, &mut out);
                        n += out.len();
                    }
                    black_box(n)
                })
            },
        );
    }
    g.finish();
}

fn bench_verify(c: &mut Criterion) {
    // the sample's quotation (briefing line 110) and its source (press
    // conference line 176), and the paraphrase (briefing line 112)
    let quote = "During our contacts with our colleagues, President Putin and I promoted the need to continue to consider this matter [the return of Armenian POWs \u{2013} Ed.] in order to bring it to a closure based on the \u{201C}all for all\u{201D} principle.";
    let source = "Nevertheless, during our contacts with our colleagues, President Putin and I promoted the need to continue to consider this matter in order to bring it to a closure based on the \u{201C}all for all\u{201D} principle.";
    let para = "As President Vladimir Putin and Foreign Minister Sergey Lavrov pointed out, the best solution would be an exchange based on the \u{201C}all for all\u{201D} principle.";
    let (q, s, p) = (
        normalize(quote).hashes,
        normalize(source).hashes,
        normalize(para).hashes,
    );
    let sorted = |v: &Vec<Tok>| {
        let mut v = v.clone();
        v.sort_unstable();
        v
    };
    let (qs, ss) = (sorted(&q), sorted(&s));
    let (wq, ws) = (
        normalized_words(quote).join(" "),
        normalized_words(source).join(" "),
    );
    let mut g = c.benchmark_group("verify");
    g.bench_function("bag_of_words_screen", |b| {
        b.iter(|| black_box(common_tokens(black_box(&qs), black_box(&ss))))
    });
    g.bench_function("token_levenshtein", |b| {
        b.iter(|| black_box(token_levenshtein(black_box(&q), black_box(&s))))
    });
    g.bench_function("strsim_generic_levenshtein", |b| {
        b.iter(|| black_box(strsim::generic_levenshtein(black_box(&q), black_box(&s))))
    });
    g.bench_function("strsim_normalized_levenshtein_chars", |b| {
        b.iter(|| {
            black_box(strsim::normalized_levenshtein(
                black_box(&wq),
                black_box(&ws),
            ))
        })
    });
    g.bench_function("semi_global_containment", |b| {
        b.iter(|| black_box(semi_global(black_box(&q), black_box(&s))))
    });
    g.bench_function("smith_waterman_quote", |b| {
        b.iter(|| black_box(local(black_box(&q), black_box(&s))))
    });
    g.bench_function("smith_waterman_phrase", |b| {
        b.iter(|| black_box(local(black_box(&p), black_box(&s))))
    });
    g.finish();
}

fn bench_find_matches(c: &mut Criterion) {
    let (claims, dates) = sample();
    let mut g = c.benchmark_group("find_matches");
    g.sample_size(10);
    for copies in [1usize, 8] {
        let (claims, dates) = scaled(&claims, &dates, copies);
        g.throughput(Throughput::Elements(claims.len() as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(claims.len()),
            &claims,
            |b, claims| {
                b.iter(|| black_box(find_matches(claims, &dates, &MatchOptions::default())))
            },
        );
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_normalize,
    bench_candidates,
    bench_verify,
    bench_find_matches
);
criterion_main!(benches);
