;; Dice bigram counting for ASCII text, the hot loops of `../dice.ts` (which owns the semantics,
;; the short-string rule and every non-ASCII input). Compiled by `build.ts` into `diceWasm.ts`;
;; a test checks that the committed bytes are what this source compiles to.
;;
;; Memory layout (bytes):
;;   [0, 65536)        pair table: i32 per bigram key (c1 << 7 | c2), epoch-stamped counts:
;;                     a slot below `base` is stale and counts as 0 (see `../dice.ts`)
;;   [65536, 65664)    1 for every ASCII unit that is not JavaScript whitespace, 0 for whitespace
;;   [131072, 262144)  profile table: per key, the loaded profile's count at 8k and how many the
;;                     current other string has matched at 8k + 4 (epoch-stamped)
;;   [262144, …)       text scratch: the caller writes the two texts here, one byte per unit
;;
;; Every loop is branch-free apart from its exit test, as in the JavaScript kernel.
(module
  (memory (export "memory") 5)

  ;; Removes whitespace from the n bytes at p in place (every byte is written, the write position
  ;; advances by its keep bit); returns the new length.
  (func (export "compact") (param $p i32) (param $n i32) (result i32)
    (local $i i32) (local $w i32) (local $c i32) (local $end i32)
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $i (local.get $p))
    (local.set $w (local.get $p))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $i)))
        (i32.store8 (local.get $w) (local.get $c))
        (local.set $w (i32.add (local.get $w) (i32.load8_u offset=65536 (local.get $c))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.sub (local.get $w) (local.get $p)))

  ;; Counts the bigrams of the n ≥ 2 bytes at p into the pair table: slot = max(slot, base) + 1.
  (func (export "count") (param $p i32) (param $n i32) (param $base i32)
    (local $i i32) (local $end i32) (local $prev i32) (local $c i32) (local $k i32) (local $v i32)
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $prev (i32.load8_u (local.get $p)))
    (local.set $i (i32.add (local.get $p) (i32.const 1)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $i)))
        (local.set $k (i32.shl (i32.or (i32.shl (local.get $prev) (i32.const 7)) (local.get $c)) (i32.const 2)))
        (local.set $v (i32.load (local.get $k)))
        (i32.store (local.get $k)
          (i32.add (select (local.get $v) (local.get $base) (i32.gt_s (local.get $v) (local.get $base))) (i32.const 1)))
        (local.set $prev (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  ;; Matches the bigrams of the n ≥ 2 bytes at p against the pair table, taking each counted
  ;; bigram at most once (a slot above base holds a count left); returns the matches.
  (func (export "match") (param $p i32) (param $n i32) (param $base i32) (result i32)
    (local $i i32) (local $end i32) (local $prev i32) (local $c i32) (local $k i32) (local $v i32)
    (local $hit i32) (local $inter i32)
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $prev (i32.load8_u (local.get $p)))
    (local.set $i (i32.add (local.get $p) (i32.const 1)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $i)))
        (local.set $k (i32.shl (i32.or (i32.shl (local.get $prev) (i32.const 7)) (local.get $c)) (i32.const 2)))
        (local.set $v (i32.load (local.get $k)))
        (local.set $hit (i32.gt_s (local.get $v) (local.get $base)))
        (i32.store (local.get $k) (i32.sub (local.get $v) (local.get $hit)))
        (local.set $inter (i32.add (local.get $inter) (local.get $hit)))
        (local.set $prev (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $inter))

  ;; Matches the bigrams of the n ≥ 2 bytes at p against the loaded profile: a bigram matches
  ;; while this string has used fewer than the profile's count (used = max(used, base) − base);
  ;; returns the matches.
  (func (export "matchProfile") (param $p i32) (param $n i32) (param $base i32) (result i32)
    (local $i i32) (local $end i32) (local $prev i32) (local $c i32) (local $k i32) (local $u i32)
    (local $hit i32) (local $inter i32)
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $prev (i32.load8_u (local.get $p)))
    (local.set $i (i32.add (local.get $p) (i32.const 1)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $i)))
        (local.set $k (i32.shl (i32.or (i32.shl (local.get $prev) (i32.const 7)) (local.get $c)) (i32.const 3)))
        (local.set $u (i32.load offset=131076 (local.get $k)))
        (local.set $u (select (local.get $u) (local.get $base) (i32.gt_s (local.get $u) (local.get $base))))
        (local.set $hit (i32.lt_s (i32.sub (local.get $u) (local.get $base)) (i32.load offset=131072 (local.get $k))))
        (i32.store offset=131076 (local.get $k) (i32.add (local.get $u) (local.get $hit)))
        (local.set $inter (i32.add (local.get $inter) (local.get $hit)))
        (local.set $prev (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $inter))
)
