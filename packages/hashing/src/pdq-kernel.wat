;; PDQ kernel: the blur (the reference's jaroszFilterFloat + decimateFloat), run on strips of 16
;; image rows, and the 16x64 DCT. Built by scripts/build-wasm.ts into pdq-kernel.wasm.ts; driven
;; by pdq-wasm-kernel.ts, which owns the memory layout and the per-image tables (divisors,
;; sampled steps).
;;
;; Why this is bit-exact: wasm f32 and f32x4 add, sub, mul and div are IEEE binary32 with
;; round-to-nearest, never fused or widened, so each lane repeats the reference's float
;; operations as long as each running sum sees its operands in the reference's order. A lane is
;; always one independent running sum (one image row in a row pass, one column in a column
;; pass); SIMD only runs 4 or 16 of them side by side.
;;
;; The box filter of length n, window w, h = (w+2)/2 - 1 is written as one uniform loop over
;; steps t = 0 .. n+h-1: sum = (sum + in[t]) - in[t-w], output t-h = sum / size(t-h), with
;; in[<0] = in[>=n] = 0 (zero padding). That is the reference's four phases exactly: adding a
;; zero or subtracting a zero returns the sum unchanged (pixel luma is >= 0, so no -0 arises),
;; and the divisor table gives each output the window size the reference divides by.
;;
;; Layouts: a row pass works on "interleaved" strips, entry x = 16 floats (the 16 rows of the
;; strip at column x, 4 vectors), so its 16 running sums are 4 vector chains. A column pass
;; works on row-major rows, lanes = 4 adjacent columns; 4x4 transposes move between the two.
(module
  (memory (export "memory") 1)

  ;; Luma of 16 rows into interleaved entries (64 bytes apart). mode 0: RGB(A) bytes, luma =
  ;; (0.299f*R + 0.587f*G) + 0.114f*B as the reference; 1: grey bytes; 2: float32 luma as is.
  ;; Column x reads the pixel at byte offset $cols[x] of each row: x * pixel size, or a nearest
  ;; neighbour's offset when the kernel squashes a larger source (the cimg512 convention).
  ;; Each lane gathers 4 bytes at its row's pixel (one past the row end is padding, masked off).
  (func (export "luma") (param $mode i32) (param $in i32) (param $rowBytes i32) (param $cols i32)
    (param $width i32) (param $out i32)
    (local $k i32) (local $base i32) (local $p i32) (local $c i32) (local $o i32) (local $end i32)
    (local $rows2 i32) (local $rows3 i32) (local $v v128) (local $m v128) (local $cr v128) (local $cg v128) (local $cb v128)
    (local.set $m (i32x4.splat (i32.const 255)))
    (local.set $cr (f32x4.splat (f32.const 0.299)))
    (local.set $cg (f32x4.splat (f32.const 0.587)))
    (local.set $cb (f32x4.splat (f32.const 0.114)))
    (local.set $rows2 (i32.shl (local.get $rowBytes) (i32.const 1)))
    (local.set $rows3 (i32.mul (local.get $rowBytes) (i32.const 3)))
    (loop $groups
      (local.set $base (i32.add (local.get $in) (i32.mul (i32.shl (local.get $k) (i32.const 2)) (local.get $rowBytes))))
      (local.set $c (local.get $cols))
      (local.set $o (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const 4))))
      (local.set $end (i32.add (local.get $o) (i32.shl (local.get $width) (i32.const 6))))
      (loop $columns
        (local.set $p (i32.add (local.get $base) (i32.load (local.get $c))))
        (local.set $v (v128.load32_zero (local.get $p)))
        (local.set $v (v128.load32_lane 1 (i32.add (local.get $p) (local.get $rowBytes)) (local.get $v)))
        (local.set $v (v128.load32_lane 2 (i32.add (local.get $p) (local.get $rows2)) (local.get $v)))
        (local.set $v (v128.load32_lane 3 (i32.add (local.get $p) (local.get $rows3)) (local.get $v)))
        (if (i32.eqz (local.get $mode))
          (then
            (local.set $v
              (f32x4.add
                (f32x4.add
                  (f32x4.mul (local.get $cr) (f32x4.convert_i32x4_s (v128.and (local.get $v) (local.get $m))))
                  (f32x4.mul (local.get $cg)
                    (f32x4.convert_i32x4_s (v128.and (i32x4.shr_u (local.get $v) (i32.const 8)) (local.get $m)))))
                (f32x4.mul (local.get $cb)
                  (f32x4.convert_i32x4_s (v128.and (i32x4.shr_u (local.get $v) (i32.const 16)) (local.get $m)))))))
          (else
            (if (i32.eq (local.get $mode) (i32.const 1))
              (then (local.set $v (f32x4.convert_i32x4_s (v128.and (local.get $v) (local.get $m))))))))
        (v128.store (local.get $o) (local.get $v))
        (local.set $c (i32.add (local.get $c) (i32.const 4)))
        (local.set $o (i32.add (local.get $o) (i32.const 64)))
        (br_if $columns (i32.lt_u (local.get $o) (local.get $end))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $groups (i32.lt_u (local.get $k) (i32.const 4)))))

  ;; Row box pass on an interleaved strip: $in points at entry -$win of a buffer whose entries
  ;; [-win, 0) and [width, width+h) are zero; $out gets entries 0..width-1; $div[t] is the
  ;; divisor of the output at step t. The 4 independent chains hide the add latency.
  (func (export "rowBox") (param $in i32) (param $out i32) (param $width i32) (param $win i32)
    (param $h i32) (param $div i32)
    (local $old i32) (local $new i32) (local $end i32) (local $d v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local.set $old (local.get $in))
    (local.set $new (i32.add (local.get $in) (i32.shl (local.get $win) (i32.const 6))))
    (local.set $end (i32.add (local.get $in) (i32.shl (local.get $h) (i32.const 6))))
    (block $warmed
      (loop $warm
        (br_if $warmed (i32.ge_u (local.get $old) (local.get $end)))
        (local.set $s0 (f32x4.sub (f32x4.add (local.get $s0) (v128.load offset=0 (local.get $new))) (v128.load offset=0 (local.get $old))))
        (local.set $s1 (f32x4.sub (f32x4.add (local.get $s1) (v128.load offset=16 (local.get $new))) (v128.load offset=16 (local.get $old))))
        (local.set $s2 (f32x4.sub (f32x4.add (local.get $s2) (v128.load offset=32 (local.get $new))) (v128.load offset=32 (local.get $old))))
        (local.set $s3 (f32x4.sub (f32x4.add (local.get $s3) (v128.load offset=48 (local.get $new))) (v128.load offset=48 (local.get $old))))
        (local.set $old (i32.add (local.get $old) (i32.const 64)))
        (local.set $new (i32.add (local.get $new) (i32.const 64)))
        (br $warm)))
    (local.set $div (i32.add (local.get $div) (i32.shl (local.get $h) (i32.const 2))))
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $width) (i32.const 6))))
    (loop $steps
      (local.set $s0 (f32x4.sub (f32x4.add (local.get $s0) (v128.load offset=0 (local.get $new))) (v128.load offset=0 (local.get $old))))
      (local.set $s1 (f32x4.sub (f32x4.add (local.get $s1) (v128.load offset=16 (local.get $new))) (v128.load offset=16 (local.get $old))))
      (local.set $s2 (f32x4.sub (f32x4.add (local.get $s2) (v128.load offset=32 (local.get $new))) (v128.load offset=32 (local.get $old))))
      (local.set $s3 (f32x4.sub (f32x4.add (local.get $s3) (v128.load offset=48 (local.get $new))) (v128.load offset=48 (local.get $old))))
      (local.set $d (v128.load32_splat (local.get $div)))
      (v128.store offset=0 (local.get $out) (f32x4.div (local.get $s0) (local.get $d)))
      (v128.store offset=16 (local.get $out) (f32x4.div (local.get $s1) (local.get $d)))
      (v128.store offset=32 (local.get $out) (f32x4.div (local.get $s2) (local.get $d)))
      (v128.store offset=48 (local.get $out) (f32x4.div (local.get $s3) (local.get $d)))
      (local.set $old (i32.add (local.get $old) (i32.const 64)))
      (local.set $new (i32.add (local.get $new) (i32.const 64)))
      (local.set $div (i32.add (local.get $div) (i32.const 4)))
      (local.set $out (i32.add (local.get $out) (i32.const 64)))
      (br_if $steps (i32.lt_u (local.get $out) (local.get $end)))))

  ;; The second row pass, outputs only at the 64 steps in $steps (non-decreasing; repeats give
  ;; the same output twice). Row r of the strip goes to $out + r*256 + n*4 (16 rows of 64).
  ;; Steps after the last sample are not needed and are not run.
  (func (export "rowBoxSampled") (param $in i32) (param $out i32) (param $win i32) (param $div i32)
    (param $steps i32)
    (local $old i32) (local $new i32) (local $t i32) (local $target i32) (local $n i32) (local $d v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local.set $old (local.get $in))
    (local.set $new (i32.add (local.get $in) (i32.shl (local.get $win) (i32.const 6))))
    (loop $samples
      (local.set $target (i32.load (local.get $steps)))
      (block $reached
        (loop $advance
          (br_if $reached (i32.gt_s (local.get $t) (local.get $target)))
          (local.set $s0 (f32x4.sub (f32x4.add (local.get $s0) (v128.load offset=0 (local.get $new))) (v128.load offset=0 (local.get $old))))
          (local.set $s1 (f32x4.sub (f32x4.add (local.get $s1) (v128.load offset=16 (local.get $new))) (v128.load offset=16 (local.get $old))))
          (local.set $s2 (f32x4.sub (f32x4.add (local.get $s2) (v128.load offset=32 (local.get $new))) (v128.load offset=32 (local.get $old))))
          (local.set $s3 (f32x4.sub (f32x4.add (local.get $s3) (v128.load offset=48 (local.get $new))) (v128.load offset=48 (local.get $old))))
          (local.set $old (i32.add (local.get $old) (i32.const 64)))
          (local.set $new (i32.add (local.get $new) (i32.const 64)))
          (local.set $t (i32.add (local.get $t) (i32.const 1)))
          (br $advance)))
      (local.set $d (v128.load32_splat (i32.add (local.get $div) (i32.shl (local.get $target) (i32.const 2)))))
      (call $scatter16 (local.get $out) (f32x4.div (local.get $s0) (local.get $d)) (f32x4.div (local.get $s1) (local.get $d))
        (f32x4.div (local.get $s2) (local.get $d)) (f32x4.div (local.get $s3) (local.get $d)))
      (local.set $out (i32.add (local.get $out) (i32.const 4)))
      (local.set $steps (i32.add (local.get $steps) (i32.const 4)))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $samples (i32.lt_u (local.get $n) (i32.const 64)))))

  ;; Lane r of (a, b, c, d) = rows 0-3, 4-7, 8-11, 12-15 to $p + row*256.
  (func $scatter16 (param $p i32) (param $a v128) (param $b v128) (param $c v128) (param $d v128)
    (v128.store32_lane offset=0 0 (local.get $p) (local.get $a))
    (v128.store32_lane offset=256 1 (local.get $p) (local.get $a))
    (v128.store32_lane offset=512 2 (local.get $p) (local.get $a))
    (v128.store32_lane offset=768 3 (local.get $p) (local.get $a))
    (v128.store32_lane offset=1024 0 (local.get $p) (local.get $b))
    (v128.store32_lane offset=1280 1 (local.get $p) (local.get $b))
    (v128.store32_lane offset=1536 2 (local.get $p) (local.get $b))
    (v128.store32_lane offset=1792 3 (local.get $p) (local.get $b))
    (v128.store32_lane offset=2048 0 (local.get $p) (local.get $c))
    (v128.store32_lane offset=2304 1 (local.get $p) (local.get $c))
    (v128.store32_lane offset=2560 2 (local.get $p) (local.get $c))
    (v128.store32_lane offset=2816 3 (local.get $p) (local.get $c))
    (v128.store32_lane offset=3072 0 (local.get $p) (local.get $d))
    (v128.store32_lane offset=3328 1 (local.get $p) (local.get $d))
    (v128.store32_lane offset=3584 2 (local.get $p) (local.get $d))
    (v128.store32_lane offset=3840 3 (local.get $p) (local.get $d)))

  ;; First column pass over the 16 rows of a strip (column steps $t0 .. $t0+15), reading the
  ;; row pass's interleaved entries and writing interleaved entries for the second row pass.
  ;; Per column the 16 steps run in order: each 4x4 block is transposed to rows, the 4 rows
  ;; applied one after the other to the column sums, the 4 outputs transposed back. $ring holds
  ;; the last $win input rows (row-major, $rowBytes apart, zero at start): slot t % win is read
  ;; (row t - win) before row t overwrites it, which is right even when win < 4.
  (func (export "colBox") (param $in i32) (param $out i32) (param $sums i32) (param $ring i32)
    (param $rowBytes i32) (param $win i32) (param $t0 i32) (param $div i32)
    (local $q i32) (local $t i32) (local $j i32) (local $pi i32) (local $po i32)
    (local $r0 i32) (local $r1 i32) (local $r2 i32) (local $r3 i32)
    (local $d0 v128) (local $d1 v128) (local $d2 v128) (local $d3 v128)
    (local $a v128) (local $b v128) (local $c v128) (local $e v128) (local $x v128) (local $y v128)
    (local $s v128) (local $o0 v128) (local $o1 v128) (local $o2 v128) (local $o3 v128)
    (loop $quads
      (local.set $t (i32.add (local.get $t0) (i32.shl (local.get $q) (i32.const 2))))
      (local.set $r0 (i32.add (local.get $ring) (i32.mul (i32.rem_u (local.get $t) (local.get $win)) (local.get $rowBytes))))
      (local.set $r1 (i32.add (local.get $ring) (i32.mul (i32.rem_u (i32.add (local.get $t) (i32.const 1)) (local.get $win)) (local.get $rowBytes))))
      (local.set $r2 (i32.add (local.get $ring) (i32.mul (i32.rem_u (i32.add (local.get $t) (i32.const 2)) (local.get $win)) (local.get $rowBytes))))
      (local.set $r3 (i32.add (local.get $ring) (i32.mul (i32.rem_u (i32.add (local.get $t) (i32.const 3)) (local.get $win)) (local.get $rowBytes))))
      (local.set $d0 (v128.load32_splat offset=0 (i32.add (local.get $div) (i32.shl (local.get $t) (i32.const 2)))))
      (local.set $d1 (v128.load32_splat offset=4 (i32.add (local.get $div) (i32.shl (local.get $t) (i32.const 2)))))
      (local.set $d2 (v128.load32_splat offset=8 (i32.add (local.get $div) (i32.shl (local.get $t) (i32.const 2)))))
      (local.set $d3 (v128.load32_splat offset=12 (i32.add (local.get $div) (i32.shl (local.get $t) (i32.const 2)))))
      (local.set $pi (i32.add (local.get $in) (i32.shl (local.get $q) (i32.const 4))))
      (local.set $po (i32.add (local.get $out) (i32.shl (local.get $q) (i32.const 4))))
      (local.set $j (i32.const 0))
      (loop $columns
        ;; a..e: columns j..j+3, rows t..t+3; transposed to x: row t, y: row t+1, ...
        (local.set $a (v128.load offset=0 (local.get $pi)))
        (local.set $b (v128.load offset=64 (local.get $pi)))
        (local.set $c (v128.load offset=128 (local.get $pi)))
        (local.set $e (v128.load offset=192 (local.get $pi)))
        (local.set $x (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a) (local.get $b)))
        (local.set $y (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $c) (local.get $e)))
        (local.set $a (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a) (local.get $b)))
        (local.set $c (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $c) (local.get $e)))
        (local.set $b (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x) (local.get $y)))
        (local.set $x (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x) (local.get $y)))
        (local.set $e (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a) (local.get $c)))
        (local.set $a (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a) (local.get $c)))
        ;; rows t, t+1, t+2, t+3 are now x, b, a, e
        (local.set $s (v128.load (i32.add (local.get $sums) (local.get $j))))
        (local.set $s (f32x4.sub (f32x4.add (local.get $s) (local.get $x)) (v128.load (i32.add (local.get $r0) (local.get $j)))))
        (v128.store (i32.add (local.get $r0) (local.get $j)) (local.get $x))
        (local.set $o0 (f32x4.div (local.get $s) (local.get $d0)))
        (local.set $s (f32x4.sub (f32x4.add (local.get $s) (local.get $b)) (v128.load (i32.add (local.get $r1) (local.get $j)))))
        (v128.store (i32.add (local.get $r1) (local.get $j)) (local.get $b))
        (local.set $o1 (f32x4.div (local.get $s) (local.get $d1)))
        (local.set $s (f32x4.sub (f32x4.add (local.get $s) (local.get $a)) (v128.load (i32.add (local.get $r2) (local.get $j)))))
        (v128.store (i32.add (local.get $r2) (local.get $j)) (local.get $a))
        (local.set $o2 (f32x4.div (local.get $s) (local.get $d2)))
        (local.set $s (f32x4.sub (f32x4.add (local.get $s) (local.get $e)) (v128.load (i32.add (local.get $r3) (local.get $j)))))
        (v128.store (i32.add (local.get $r3) (local.get $j)) (local.get $e))
        (local.set $o3 (f32x4.div (local.get $s) (local.get $d3)))
        (v128.store (i32.add (local.get $sums) (local.get $j)) (local.get $s))
        ;; outputs o0..o3 (rows) back to columns j..j+3
        (local.set $x (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $o0) (local.get $o1)))
        (local.set $y (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $o2) (local.get $o3)))
        (local.set $a (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $o0) (local.get $o1)))
        (local.set $c (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $o2) (local.get $o3)))
        (v128.store offset=0 (local.get $po) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x) (local.get $y)))
        (v128.store offset=64 (local.get $po) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x) (local.get $y)))
        (v128.store offset=128 (local.get $po) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a) (local.get $c)))
        (v128.store offset=192 (local.get $po) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a) (local.get $c)))
        (local.set $pi (i32.add (local.get $pi) (i32.const 256)))
        (local.set $po (i32.add (local.get $po) (i32.const 256)))
        (local.set $j (i32.add (local.get $j) (i32.const 16)))
        (br_if $columns (i32.lt_u (local.get $j) (local.get $rowBytes))))
      (local.set $q (i32.add (local.get $q) (i32.const 1)))
      (br_if $quads (i32.lt_u (local.get $q) (i32.const 4)))))

  ;; Second column pass on the 64 sampled columns: rows $first..$last-1 of the 16-row block at
  ;; $in (256 bytes a row) are column steps $t0+first.. ; a step at or past $height adds the zero
  ;; row at $zero. Outputs of the sampled steps ($steps[$next..]) go to $out row by row; returns
  ;; the next sample index. $sums and $ring (win rows of 256 bytes) persist across calls.
  (func (export "colBoxSampled") (param $in i32) (param $first i32) (param $last i32) (param $t0 i32)
    (param $height i32) (param $zero i32) (param $sums i32) (param $ring i32) (param $win i32)
    (param $div i32) (param $steps i32) (param $next i32) (param $out i32) (result i32)
    (local $r i32) (local $t i32) (local $src i32) (local $slot i32) (local $k i32) (local $v v128) (local $d v128)
    (local.set $r (local.get $first))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_s (local.get $r) (local.get $last)))
        (local.set $t (i32.add (local.get $t0) (local.get $r)))
        (local.set $src (select (i32.add (local.get $in) (i32.shl (local.get $r) (i32.const 8))) (local.get $zero)
          (i32.lt_s (local.get $t) (local.get $height))))
        (local.set $slot (i32.add (local.get $ring) (i32.shl (i32.rem_u (local.get $t) (local.get $win)) (i32.const 8))))
        (local.set $k (i32.const 0))
        (loop $lanes
          (local.set $v (v128.load (i32.add (local.get $src) (local.get $k))))
          (v128.store (i32.add (local.get $sums) (local.get $k))
            (f32x4.sub (f32x4.add (v128.load (i32.add (local.get $sums) (local.get $k))) (local.get $v))
              (v128.load (i32.add (local.get $slot) (local.get $k)))))
          (v128.store (i32.add (local.get $slot) (local.get $k)) (local.get $v))
          (local.set $k (i32.add (local.get $k) (i32.const 16)))
          (br_if $lanes (i32.lt_u (local.get $k) (i32.const 256))))
        (block $emitted
          (loop $emit
            (br_if $emitted (i32.ge_u (local.get $next) (i32.const 64)))
            (br_if $emitted (i32.ne (i32.load (i32.add (local.get $steps) (i32.shl (local.get $next) (i32.const 2)))) (local.get $t)))
            (local.set $d (v128.load32_splat (i32.add (local.get $div) (i32.shl (local.get $t) (i32.const 2)))))
            (local.set $k (i32.const 0))
            (loop $lanes
              (v128.store (i32.add (i32.add (local.get $out) (i32.shl (local.get $next) (i32.const 8))) (local.get $k))
                (f32x4.div (v128.load (i32.add (local.get $sums) (local.get $k))) (local.get $d)))
              (local.set $k (i32.add (local.get $k) (i32.const 16)))
              (br_if $lanes (i32.lt_u (local.get $k) (i32.const 256))))
            (local.set $next (i32.add (local.get $next) (i32.const 1)))
            (br $emit)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows)))
    (local.get $next))
  ;; The 16x64 DCT, B = D A Dt (pdq-dct.ts's dct64To16): every sum starts at 0 and adds its
  ;; float32 products in k order, as the reference; lanes are 4 independent sums (4 values of j).
  ;; $a: 64x64 input, $d: D (16x64), $dt: D transposed (64x16), $t: 16x64 scratch, $out: 16x16.
  (func (export "dct") (param $a i32) (param $d i32) (param $dt i32) (param $t i32) (param $out i32)
    (local $i i32) (local $j i32) (local $k i32) (local $p i32) (local $x v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (loop $rows
      ;; T[i][j..j+15] = sum over k of D[i][k] * A[k][j..j+15]
      (local.set $j (i32.const 0))
      (loop $columns
        (local.set $s0 (v128.const i32x4 0 0 0 0))
        (local.set $s1 (v128.const i32x4 0 0 0 0))
        (local.set $s2 (v128.const i32x4 0 0 0 0))
        (local.set $s3 (v128.const i32x4 0 0 0 0))
        (local.set $k (i32.const 0))
        (loop $terms
          (local.set $x (v128.load32_splat (i32.add (local.get $d) (i32.shl (i32.add (i32.shl (local.get $i) (i32.const 6)) (local.get $k)) (i32.const 2)))))
          (local.set $s0 (f32x4.add (local.get $s0) (f32x4.mul (local.get $x) (v128.load offset=0 (i32.add (local.get $a) (i32.shl (i32.add (i32.shl (local.get $k) (i32.const 6)) (local.get $j)) (i32.const 2)))))))
          (local.set $s1 (f32x4.add (local.get $s1) (f32x4.mul (local.get $x) (v128.load offset=16 (i32.add (local.get $a) (i32.shl (i32.add (i32.shl (local.get $k) (i32.const 6)) (local.get $j)) (i32.const 2)))))))
          (local.set $s2 (f32x4.add (local.get $s2) (f32x4.mul (local.get $x) (v128.load offset=32 (i32.add (local.get $a) (i32.shl (i32.add (i32.shl (local.get $k) (i32.const 6)) (local.get $j)) (i32.const 2)))))))
          (local.set $s3 (f32x4.add (local.get $s3) (f32x4.mul (local.get $x) (v128.load offset=48 (i32.add (local.get $a) (i32.shl (i32.add (i32.shl (local.get $k) (i32.const 6)) (local.get $j)) (i32.const 2)))))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br_if $terms (i32.lt_u (local.get $k) (i32.const 64))))
        (local.set $p (i32.add (local.get $t) (i32.shl (i32.add (i32.shl (local.get $i) (i32.const 6)) (local.get $j)) (i32.const 2))))
        (v128.store offset=0 (local.get $p) (local.get $s0))
        (v128.store offset=16 (local.get $p) (local.get $s1))
        (v128.store offset=32 (local.get $p) (local.get $s2))
        (v128.store offset=48 (local.get $p) (local.get $s3))
        (local.set $j (i32.add (local.get $j) (i32.const 16)))
        (br_if $columns (i32.lt_u (local.get $j) (i32.const 64))))
      ;; B[i][0..15] = sum over k of T[i][k] * Dt[k][0..15]
      (local.set $s0 (v128.const i32x4 0 0 0 0))
      (local.set $s1 (v128.const i32x4 0 0 0 0))
      (local.set $s2 (v128.const i32x4 0 0 0 0))
      (local.set $s3 (v128.const i32x4 0 0 0 0))
      (local.set $k (i32.const 0))
      (loop $terms
        (local.set $x (v128.load32_splat (i32.add (local.get $t) (i32.shl (i32.add (i32.shl (local.get $i) (i32.const 6)) (local.get $k)) (i32.const 2)))))
        (local.set $s0 (f32x4.add (local.get $s0) (f32x4.mul (local.get $x) (v128.load offset=0 (i32.add (local.get $dt) (i32.shl (local.get $k) (i32.const 6)))))))
        (local.set $s1 (f32x4.add (local.get $s1) (f32x4.mul (local.get $x) (v128.load offset=16 (i32.add (local.get $dt) (i32.shl (local.get $k) (i32.const 6)))))))
        (local.set $s2 (f32x4.add (local.get $s2) (f32x4.mul (local.get $x) (v128.load offset=32 (i32.add (local.get $dt) (i32.shl (local.get $k) (i32.const 6)))))))
        (local.set $s3 (f32x4.add (local.get $s3) (f32x4.mul (local.get $x) (v128.load offset=48 (i32.add (local.get $dt) (i32.shl (local.get $k) (i32.const 6)))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br_if $terms (i32.lt_u (local.get $k) (i32.const 64))))
      (v128.store offset=0 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 6))) (local.get $s0))
      (v128.store offset=16 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 6))) (local.get $s1))
      (v128.store offset=32 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 6))) (local.get $s2))
      (v128.store offset=48 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 6))) (local.get $s3))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $rows (i32.lt_u (local.get $i) (i32.const 16)))))
)
