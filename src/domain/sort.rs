//! Sorting and ordered collections through one copy of the standard sort.
//!
//! `slice::sort_by` is generic, and so is `collect` into a `BTreeMap` or a
//! `BTreeSet` (it sorts its input first): every element type carried its
//! own copy of the standard stable sort, about 4 KB of wasm each, seventeen
//! copies in all. Here the standard sort runs over indices, with the
//! comparison behind a `dyn`, once for the whole app; ordered collections
//! are built by insertion. Results and stability are the standard ones
//! (property-tested against them).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// `items.sort_by(compare)`: stable.
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &mut |a: &usize, b: &usize| {
        compare(&items[*a], &items[*b])
    });
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| slots[at].take()));
}

/// `items.sort()`: stable.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// `items.sort_by_key(key)`: stable.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// `items.sort_by_cached_key(key)`: one key per item, computed once; stable.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let mut keyed: Vec<(usize, T)> = items.drain(..).enumerate().collect();
    sort_by(&mut keyed, |(a, _), (b, _)| keys[*a].cmp(&keys[*b]));
    items.extend(keyed.into_iter().map(|(_, item)| item));
}

/// `pairs.collect::<BTreeMap<_, _>>()`: a later value of a key replaces an
/// earlier one.
pub fn map_from<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (key, value) in pairs {
        map.insert(key, value);
    }
    map
}

/// `items.collect::<BTreeSet<_>>()`.
pub fn set_from<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    for item in items {
        set.insert(item);
    }
    set
}

/// The app's one instantiation of the standard stable sort.
#[inline(never)]
fn sort_indices(order: &mut [usize], compare: &mut dyn FnMut(&usize, &usize) -> Ordering) {
    order.sort_by(compare);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorting_equals_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..60)) {
            // Ties on the first field keep their order: stability shows.
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items.clone();
            theirs.sort_by_key(|item| item.0);
            prop_assert_eq!(&ours, &theirs);
            let mut ours = items.clone();
            sort_by_key(&mut ours, |item| std::cmp::Reverse(item.0));
            let mut theirs = items.clone();
            theirs.sort_by_key(|item| std::cmp::Reverse(item.0));
            prop_assert_eq!(&ours, &theirs);
            let mut ours = items.clone();
            sort_by_cached_key(&mut ours, |item| item.0 % 3);
            let mut theirs = items.clone();
            theirs.sort_by_cached_key(|item| item.0 % 3);
            prop_assert_eq!(&ours, &theirs);
            let mut ours = items.clone();
            sort(&mut ours);
            let mut theirs = items.clone();
            theirs.sort();
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn ordered_collections_equal_collect(items in proptest::collection::vec((0u8..12, any::<u16>()), 0..40)) {
            prop_assert_eq!(map_from(items.clone()), items.iter().copied().collect::<BTreeMap<_, _>>());
            prop_assert_eq!(set_from(items.clone()), items.iter().copied().collect::<BTreeSet<_>>());
        }
    }
}
