(module
  (type (;0;) (func (param i32) (result i32)))
  (type (;1;) (func (param i64) (result i64)))
  (type (;2;) (func (param f32) (result f32)))
  (type (;3;) (func (param f64) (result f64)))
  (type (;4;) (func (param i32 i32) (result i64)))
  (type (;5;) (func (param i32 i64 i32 i32 f32 i32) (result i64)))
  (type (;6;) (func (param i32 i64) (result i64)))
  (type (;7;) (func (param f32 f32 i64) (result i64)))
  (type (;8;) (func (param i32 i32 i32 f32) (result i64)))
  (type (;9;) (func (result i64)))
  (table (;0;) 4 4 funcref)
  (memory (;0;) 1 2)
  (global (;0;) (mut i32) i32.const -2147483648)
  (global (;1;) (mut i64) i64.const 31)
  (global (;2;) (mut f32) f32.const 0x1p+64 (;=18446744000000000000;))
  (global (;3;) (mut f64) f64.const 0x1p+64 (;=18446744073709552000;))
  (export "op0" (func 4))
  (export "op1" (func 5))
  (export "op2" (func 6))
  (export "op3" (func 7))
  (export "op4" (func 8))
  (export "op5" (func 9))
  (elem (;0;) (table 0) (i32.const 0) func 0 1 2 3)
  (func (;0;) (type 0) (param i32) (result i32)
    local.get 0
  )
  (func (;1;) (type 1) (param i64) (result i64)
    local.get 0
  )
  (func (;2;) (type 2) (param f32) (result f32)
    local.get 0
  )
  (func (;3;) (type 3) (param f64) (result f64)
    local.get 0
  )
  (func (;4;) (type 4) (param i32 i32) (result i64)
    (local i32 i32 i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 8
    local.tee 7
    local.get 0
    i32.const 6
    memory.copy
    local.get 7
    i32.load8_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result i64) ;; label = @1
      i64.const 2147483648
      call 1
      local.get 1
      br_if 0 (;@1;)
      drop
      i32.const 312
      i64.load
      i64.const 4294967296
      i64.rem_u
    end
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;5;) (type 5) (param i32 i64 i32 i32 f32 i32) (result i64)
    (local i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    f64.const -nan (;=NaN;)
    call 3
    f64.ceil
    i64.reinterpret_f64
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 776
    f64.load
    f64.abs
    i64.trunc_sat_f64_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 1
    i32.const 392
    i64.load
    local.get 2
    select
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 2
    i32.const 560
    f32.load
    f32.min
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i64.const 6148914691236517205
    f32.convert_i64_s
    f32.floor
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result f32) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const 3
            br_table 0 (;@4;) 1 (;@3;) 2 (;@2;)
          end
          block (result f32) ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  i32.const 2
                  br_table 0 (;@7;) 1 (;@6;) 2 (;@5;)
                end
                i32.const 2
                if (result f32) ;; label = @7
                  i32.const 592
                  f32.load
                else
                  i32.const 544
                  f32.load
                end
                br 2 (;@4;)
              end
              global.get 2
              f32.const 0x1.4p+1 (;=2.5;)
              f32.mul
              br 1 (;@4;)
            end
            i32.const 896
            f64.load
            f32.demote_f64
            br 0 (;@4;)
            unreachable
          end
          br 2 (;@1;)
        end
        block (result f32) ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  i32.const 3
                  br_table 0 (;@7;) 1 (;@6;) 2 (;@5;) 3 (;@4;)
                end
                local.get 3
                f32.convert_i32_s
                br 3 (;@3;)
              end
              f32.const 0x1.p-149 (;=0.000000000000000000000000000000000000000000001;)
              f32.const -inf (;=-inf;)
              i32.const -2147483648
              select
              br 2 (;@3;)
            end
            f32.const -0x1.3e9a18p-92 (;=-0.0000000000000000000000000002513326;)
            local.get 4
            f32.copysign
            br 1 (;@3;)
          end
          i32.const 544
          f32.load
          br 0 (;@3;)
          unreachable
        end
        br 1 (;@1;)
      end
      i32.const 556
      f32.load
      f32.const -0x1p+0 (;=-1;)
      f32.add
      f32.ceil
      br 0 (;@1;)
      unreachable
    end
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 5
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;6;) (type 6) (param i32 i64) (result i64)
    (local i32 i32 i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 824
    f64.load
    f64.floor
    block (result f64) ;; label = @1
      i32.const 928
      f64.load
      i32.const -1
      br_if 0 (;@1;)
      drop
      global.get 3
    end
    f64.sub
    i64.reinterpret_f64
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
    f32.const -0x1p+31 (;=-2147483600;)
    local.get 0
    select
    i32.trunc_sat_f32_u
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 1
    f64.convert_i64_s
    i64.reinterpret_f64
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;7;) (type 7) (param f32 f32 i64) (result i64)
    (local i32 i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    local.get 0
    global.get 2
    f32.copysign
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -0x1.e3e078p+121 (;=-5024864300000000000000000000000000000;)
    local.get 1
    f32.max
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 2
    i64.const -8873363203286528820
    i64.div_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 584
    f32.load
    f32.sqrt
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;8;) (type 8) (param i32 i32 i32 f32) (result i64)
    (local i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    i32.const -2147483648
    local.get 0
    select
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 3
    f64.abs
    i64.reinterpret_f64
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 3
    f64.nearest
    f32.demote_f64
    local.get 1
    if (result i32) ;; label = @1
      i32.const 8
      i32.load
    else
      local.get 2
    end
    f32.convert_i32_u
    f32.lt
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i64.const 4294967296
    f64.convert_i64_u
    i32.trunc_f64_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result f32) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const -2147483648
            br_table 0 (;@4;) 1 (;@3;) 2 (;@2;)
          end
          i32.const 604
          f32.load
          br 2 (;@1;)
        end
        local.get 3
        br 1 (;@1;)
      end
      global.get 2
      br 0 (;@1;)
      unreachable
    end
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;9;) (type 9) (result i64)
    (local i32 i32 i32 i32 i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    i32.const 0
    local.set 0
    loop ;; label = @1
      local.get 0
      i32.const 4
      i32.mul
      f32.load offset=512
      local.set 9
      local.get 6
      i64.const 19
      i64.rotl
      local.get 9
      i32.reinterpret_f32
      i64.extend_i32_u
      i64.xor
      local.set 6
      local.get 0
      i32.const 1
      i32.add
      local.tee 0
      i32.const 25
      i32.lt_u
      br_if 0 (;@1;)
    end
    f32.const 0x1p+32 (;=4294967300;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -nan (;=NaN;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1p+63 (;=9223372000000000000;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1p-1 (;=0.5;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -0x1p+0 (;=-1;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const inf (;=inf;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1p+31 (;=2147483600;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -inf (;=-inf;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -inf (;=-inf;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1p+63 (;=9223372000000000000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1p+63 (;=9223372000000000000;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1p+32 (;=4294967300;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -nan (;=NaN;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const nan:0x400001 (;=NaN;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -nan (;=NaN;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1p+64 (;=18446744000000000000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -0x1p-1 (;=-0.5;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1.fffffep+30 (;=2147483500;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -0x1p+31 (;=-2147483600;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1p-126 (;=0.000000000000000000000000000000000000011754944;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -0x1p+0 (;=-1;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -0x1p-1 (;=-0.5;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1p+32 (;=4294967300;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1p+63 (;=9223372000000000000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -0x1p+63 (;=-9223372000000000000;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -0x1p+63 (;=-9223372000000000000;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1p+0 (;=1;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -0x1.000002p+31 (;=-2147484000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1.p-149 (;=0.000000000000000000000000000000000000000000001;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -nan (;=NaN;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -0x1p+63 (;=-9223372000000000000;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -0x1p-1 (;=-0.5;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -0x1.000002p+31 (;=-2147484000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1p+32 (;=4294967300;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1p+0 (;=1;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -0x1p+0 (;=-1;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -0x1p-1 (;=-0.5;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1p+32 (;=4294967300;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1p-1 (;=0.5;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1.fffffep+30 (;=2147483500;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1p+31 (;=2147483600;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -inf (;=-inf;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1.p-149 (;=0.000000000000000000000000000000000000000000001;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x0p+0 (;=0;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -0x1p-1 (;=-0.5;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1p+63 (;=9223372000000000000;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -0x1p+63 (;=-9223372000000000000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1.4p+1 (;=2.5;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const inf (;=inf;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const nan:0x400001 (;=NaN;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1p+0 (;=1;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const -0x1p+0 (;=-1;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const 0x1p-1 (;=0.5;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    f32.const 0x1p+31 (;=2147483600;)
    local.set 9
    local.get 6
    i64.const 19
    i64.rotl
    f32.const -0x1p+63 (;=-9223372000000000000;)
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (data (;0;) (i32.const 0) "\00\00\00\00\01\00\00\00\ff\ff\ff\ff\02\00\00\00\07\00\00\00\08\00\00\00\0f\00\00\00\10\00\00\00\1f\00\00\00 \00\00\00!\00\00\00?\00\00\00@\00\00\00\7f\00\00\00\80\00\00\00\ff\00\00\00\00\01\00\00\ff\7f\00\00\00\80\00\00\ff\ff\00\00\00\00\01\00\ff\ff\ff\7f\00\00\00\80\01\00\00\80\fe\ff\ff\7fUUUU\aa\aa\aa\aa\fe\ff\ff\ff\e0\ff\ff\ff\df\ff\ff\ff\c0\ff\ff\ff")
  (data (;1;) (i32.const 256) "\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\02\00\00\00\00\00\00\00\1f\00\00\00\00\00\00\00 \00\00\00\00\00\00\00!\00\00\00\00\00\00\00?\00\00\00\00\00\00\00@\00\00\00\00\00\00\00A\00\00\00\00\00\00\00\7f\00\00\00\00\00\00\00\80\00\00\00\00\00\00\00\ff\00\00\00\00\00\00\00\ff\ff\00\00\00\00\00\00\ff\ff\ff\7f\00\00\00\00\00\00\00\80\00\00\00\00\ff\ff\ff\ff\00\00\00\00\00\00\00\00\01\00\00\00\ff\ff\ff\ff\ff\ff\ff\7f\00\00\00\00\00\00\00\80\01\00\00\00\00\00\00\80\fe\ff\ff\ff\ff\ff\ff\7f\00\00\00\80\ff\ff\ff\ff\ff\ff\ff\7f\00\00\00\00UUUUUUUU\aa\aa\aa\aa\aa\aa\aa\aa\fe\ff\ff\ff\ff\ff\ff\ff\c0\ff\ff\ff\ff\ff\ff\ff")
  (data (;2;) (i32.const 512) "\00\00\00\00\00\00\00\80\00\00\80?\00\00\80\bf\00\00\00?\00\00\00\bf\00\00\c0?\00\00 @\00\00\c0\7f\00\00\c0\ff\01\00\80\7f\01\00\c0\7f\00\00\80\7f\00\00\80\ff\01\00\00\00\00\00\80\00\ff\ff\7f\7f\00\00\00O\00\00\00\cf\ff\ff\ffN\00\00\80O\00\00\00_\00\00\00\df\00\00\80_\01\00\00\cf")
  (data (;3;) (i32.const 768) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\80\00\00\00\00\00\00\f0?\00\00\00\00\00\00\f0\bf\00\00\00\00\00\00\e0?\00\00\00\00\00\00\e0\bf\00\00\00\00\00\00\04@\00\00\00\00\00\00\f8\7f\00\00\00\00\00\00\f8\ff\01\00\00\00\00\00\f0\7f\01\00\00\00\00\00\f8\7f\00\00\00\00\00\00\f0\7f\00\00\00\00\00\00\f0\ff\01\00\00\00\00\00\00\00\00\00\00\00\00\00\10\00\ff\ff\ff\ff\ff\ff\ef\7f\00\00\00\00\00\00\e0A\00\00\00\00\00\00\e0\c1\00\00\c0\ff\ff\ff\dfA\00\00 \00\00\00\e0\c1\00\00\00\00\00\00\f0A\00\00\00\00\00\00\e0C\00\00\00\00\00\00\e0\c3\00\00\00\00\00\00\f0C\01\00\00\00\00\00@C")
)
