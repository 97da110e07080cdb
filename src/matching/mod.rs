//! Cross-document claim matching: quotes, repeats, paraphrases, related
//! claims. (Implemented by issue 3.)
