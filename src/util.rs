//! Small data structures shared by several stages.

/// Disjoint sets over `0..n` with path compression. The smaller index
/// becomes the root of a union, so roots are deterministic.
#[derive(Debug, Clone)]
pub struct UnionFind(Vec<usize>);

impl UnionFind {
    /// `n` singletons.
    pub fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    /// The root of `i`'s set.
    pub fn find(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut k = i;
        while self.0[k] != r {
            let next = self.0[k];
            self.0[k] = r;
            k = next;
        }
        r
    }

    /// Merges the sets of `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.0[hi] = lo;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_and_roots() {
        let mut uf = UnionFind::new(5);
        uf.union(3, 4);
        uf.union(4, 1);
        assert_eq!(uf.find(3), 1);
        assert_eq!(uf.find(4), 1);
        assert_eq!(uf.find(0), 0);
        assert_ne!(uf.find(2), uf.find(1));
    }
}
