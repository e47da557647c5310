;; A memory loop: fill 64 KiB byte by byte, then checksum it word by word, eight times.
(module
  (memory 1)
  (func (export "fill_and_sum") (result i32) (local $round i32) (local $i i32) (local $sum i32)
    (loop $rounds
      (local.set $i (i32.const 0))
      (loop $fill
        (i32.store8 (local.get $i) (i32.add (local.get $i) (local.get $round)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $fill (i32.lt_u (local.get $i) (i32.const 65536))))
      (local.set $i (i32.const 0))
      (loop $sum
        (local.set $sum (i32.add (local.get $sum) (i32.load (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br_if $sum (i32.lt_u (local.get $i) (i32.const 65536))))
      (local.set $round (i32.add (local.get $round) (i32.const 1)))
      (br_if $rounds (i32.lt_u (local.get $round) (i32.const 8))))
    (local.get $sum)))
