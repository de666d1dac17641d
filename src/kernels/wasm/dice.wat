;; Dice bigram counting on bytes, the hot loops of `../dice.ts` (which owns the semantics and the
;; short-string rule) called through `byteDice.ts`: ASCII text as it is, other text as byte codes
;; given to its units by `compact16`. Compiled by `build.ts` into `diceBytes.ts`; a test checks
;; that the committed bytes are what this source compiles to.
;;
;; Memory layout (bytes):
;;   [0, 65536)        ASCII pair table: i32 per bigram key (c1 << 7 | c2), epoch-stamped counts:
;;                     a slot below `base` is stale and counts as 0 (see `../dice.ts`)
;;   [65536, 65664)    1 for every ASCII unit that is not JavaScript whitespace, 0 for whitespace
;;   [65792, 66048)    the UTF-16 units given byte codes 128 … 255 by `compact16`, as u16
;;   [131072, 262144)  profile table: per key, the loaded profile's count at 8k and how many the
;;                     current other string has matched at 8k + 4 (epoch-stamped)
;;   [262144, 524288)  byte-code pair table: i32 per key (c1 << 8 | c2), epoch-stamped
;;   [524288, 589824)  1 for every UTF-16 unit that is not JavaScript whitespace, 0 for whitespace
;;   [589824, 655360)  the byte code of each UTF-16 unit ≥ 128 in the current pair (0: none yet)
;;   [655360, …)       text scratch: the caller writes the two texts here, one byte per unit
;;                     (ASCII) or two (UTF-16LE)
;;
;; Every loop is branch-free apart from its exit test, as in the JavaScript kernel, except the
;; rare branch of `compact16` on a unit ≥ 128.
(module
  (memory (export "memory") 11)
  ;; the next byte code `compact16` gives a new unit ≥ 128
  (global $nextCode (mut i32) (i32.const 128))

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

  ;; Removes whitespace from the n UTF-16 units at p and writes each kept unit as one byte code
  ;; at p (in place: the write position never passes the read position): units below 128 are
  ;; their own code, each other unit of the pair gets the next free code 128 … 255, the same for
  ;; both texts until `resetCodes`. Returns the new length, or -1 when a 129th distinct unit
  ;; ≥ 128 turns up (then the caller takes the JavaScript path).
  (func (export "compact16") (param $p i32) (param $n i32) (result i32)
    (local $i i32) (local $end i32) (local $w i32) (local $u i32) (local $c i32) (local $keep i32)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 1))))
    (local.set $i (local.get $p))
    (local.set $w (local.get $p))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $u (i32.load16_u (local.get $i)))
        (local.set $keep (i32.load8_u offset=524288 (local.get $u)))
        (local.set $c (local.get $u))
        (if (i32.and (i32.ge_u (local.get $u) (i32.const 128)) (local.get $keep))
          (then
            (local.set $c (i32.load8_u offset=589824 (local.get $u)))
            (if (i32.eqz (local.get $c))
              (then
                (if (i32.ge_u (global.get $nextCode) (i32.const 256)) (then (return (i32.const -1))))
                (local.set $c (global.get $nextCode))
                (i32.store8 offset=589824 (local.get $u) (local.get $c))
                (i32.store16 offset=65536 (i32.shl (local.get $c) (i32.const 1)) (local.get $u))
                (global.set $nextCode (i32.add (local.get $c) (i32.const 1)))))))
        (i32.store8 (local.get $w) (local.get $c))
        (local.set $w (i32.add (local.get $w) (local.get $keep)))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br $next)))
    (i32.sub (local.get $w) (local.get $p)))

  ;; Forgets the byte codes `compact16` gave (unit list at 65536 + 2 · code, codes 128 …).
  (func (export "resetCodes")
    (local $c i32)
    (local.set $c (i32.const 128))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $c) (global.get $nextCode)))
        (i32.store8 offset=589824 (i32.load16_u offset=65536 (i32.shl (local.get $c) (i32.const 1))) (i32.const 0))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $next)))
    (global.set $nextCode (i32.const 128)))

  ;; `count` for byte codes: keys c1 << 8 | c2 in the byte-code pair table.
  (func (export "count8") (param $p i32) (param $n i32) (param $base i32)
    (local $i i32) (local $end i32) (local $prev i32) (local $c i32) (local $k i32) (local $v i32)
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $prev (i32.load8_u (local.get $p)))
    (local.set $i (i32.add (local.get $p) (i32.const 1)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $i)))
        (local.set $k (i32.shl (i32.or (i32.shl (local.get $prev) (i32.const 8)) (local.get $c)) (i32.const 2)))
        (local.set $v (i32.load offset=262144 (local.get $k)))
        (i32.store offset=262144 (local.get $k)
          (i32.add (select (local.get $v) (local.get $base) (i32.gt_s (local.get $v) (local.get $base))) (i32.const 1)))
        (local.set $prev (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  ;; `match` for byte codes.
  (func (export "match8") (param $p i32) (param $n i32) (param $base i32) (result i32)
    (local $i i32) (local $end i32) (local $prev i32) (local $c i32) (local $k i32) (local $v i32)
    (local $hit i32) (local $inter i32)
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $prev (i32.load8_u (local.get $p)))
    (local.set $i (i32.add (local.get $p) (i32.const 1)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $i)))
        (local.set $k (i32.shl (i32.or (i32.shl (local.get $prev) (i32.const 8)) (local.get $c)) (i32.const 2)))
        (local.set $v (i32.load offset=262144 (local.get $k)))
        (local.set $hit (i32.gt_s (local.get $v) (local.get $base)))
        (i32.store offset=262144 (local.get $k) (i32.sub (local.get $v) (local.get $hit)))
        (local.set $inter (i32.add (local.get $inter) (local.get $hit)))
        (local.set $prev (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $inter))
)
