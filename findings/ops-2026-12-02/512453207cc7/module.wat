(module
  (type (;0;) (func (param i32) (result i32)))
  (type (;1;) (func (param i64) (result i64)))
  (type (;2;) (func (param f32) (result f32)))
  (type (;3;) (func (param f64) (result f64)))
  (type (;4;) (func (param i32 i32 i32 i32 i32 i32) (result i64)))
  (type (;5;) (func (param i32 i32 i32) (result i64)))
  (type (;6;) (func (param i32 i32) (result i64)))
  (type (;7;) (func (param i32 i32 i32 i32) (result i64)))
  (type (;8;) (func (param i32 i32) (result i64)))
  (type (;9;) (func (param i32 i32) (result i64)))
  (type (;10;) (func (result i64)))
  (table (;0;) 4 4 funcref)
  (memory (;0;) 1 2)
  (global (;0;) (mut i32) i32.const -1431655766)
  (global (;1;) (mut i64) i64.const 64)
  (global (;2;) (mut f32) f32.const 0x1.8p+0 (;=1.5;))
  (global (;3;) (mut f64) f64.const -inf (;=-inf;))
  (export "op0" (func 4))
  (export "op1" (func 5))
  (export "op2" (func 6))
  (export "op3" (func 7))
  (export "op4" (func 8))
  (export "op5" (func 9))
  (export "op6" (func 10))
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
  (func (;4;) (type 4) (param i32 i32 i32 i32 i32 i32) (result i64)
    (local i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 24
    i32.load
    i32.const 408
    i64.load
    global.get 1
    i64.le_s
    local.get 0
    select
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 1
    local.tee 7
    i32.const 24
    i32.load
    local.get 2
    memory.fill
    local.get 7
    i64.load32_s offset=65535
    global.get 1
    i64.le_s
    call 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 408
    i64.load
    i32.const 360
    i64.load
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 3
    if (result i32) ;; label = @1
      global.get 1
      i32.const 65537
      i64.load32_u
      i64.le_s
    else
      block (result i32) ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              local.get 4
              br_table 0 (;@5;) 1 (;@4;) 2 (;@3;)
            end
            i32.const 104
            i32.load
            br 2 (;@2;)
          end
          global.get 0
          br 1 (;@2;)
        end
        i32.const 104
        i32.load
        br 0 (;@2;)
        unreachable
      end
      i32.const 432
      i64.load
      i32.const 408
      i64.load
      i64.le_s
      i32.const 2
      select
    end
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 1
    global.get 1
    local.get 5
    select
    i32.const 408
    i64.load
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 432
    i64.load
    i32.const 432
    i64.load
    call 1
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;5;) (type 5) (param i32 i32 i32) (result i64)
    (local i32 i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 104
    i32.load
    i32.const 92
    i32.load
    i32.const -2147483648
    select
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 1
    if (result i32) ;; label = @1
      i32.const 24
      i32.load
    else
      global.get 0
    end
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 92
    i32.load
    call 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result i32) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            local.get 0
            br_table 0 (;@4;) 1 (;@3;) 2 (;@2;)
          end
          global.get 0
          br 2 (;@1;)
        end
        global.get 0
        br 1 (;@1;)
      end
      i32.const 24
      i32.load
      br 0 (;@1;)
      unreachable
    end
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 432
    i64.load
    global.get 1
    i64.le_s
    global.get 1
    i32.const 408
    i64.load
    i64.le_s
    local.get 1
    select
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 1
    local.get 2
    if (result i64) ;; label = @1
      i32.const 360
      i64.load
    else
      i32.const 408
      i64.load
    end
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 408
    i64.load
    global.get 1
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 1
    global.get 1
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;6;) (type 6) (param i32 i32) (result i64)
    (local i32 i32 i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 92
    i32.load
    call 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 0
    memory.grow
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 1
    i32.const 360
    i64.load
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 320
    i64.load
    global.get 1
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 1
    global.get 1
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result i32) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              i32.const 1
              br_table 0 (;@5;) 1 (;@4;) 2 (;@3;) 3 (;@2;)
            end
            i32.const 92
            i32.load
            br 3 (;@1;)
          end
          i32.const 320
          i64.load
          global.get 1
          i64.le_s
          br 2 (;@1;)
        end
        local.get 1
        memory.grow
        br 1 (;@1;)
      end
      global.get 1
      i32.const 432
      i64.load
      i64.le_s
      br 0 (;@1;)
      unreachable
    end
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;7;) (type 7) (param i32 i32 i32 i32) (result i64)
    (local i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    global.get 1
    global.get 1
    i64.le_s
    global.get 0
    call 0
    i32.const -2147483648
    select
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result i32) ;; label = @1
      global.get 1
      block (result i64) ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                i32.const 3
                br_table 0 (;@6;) 1 (;@5;) 2 (;@4;) 3 (;@3;)
              end
              global.get 1
              br 3 (;@2;)
            end
            i32.const 320
            i64.load
            br 2 (;@2;)
          end
          i32.const 408
          i64.load
          br 1 (;@2;)
        end
        i32.const 432
        i64.load
        br 0 (;@2;)
        unreachable
      end
      i64.le_s
      local.get 0
      br_if 0 (;@1;)
      drop
      global.get 1
      block (result i64) ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              local.get 1
              br_table 0 (;@5;) 1 (;@4;) 2 (;@3;)
            end
            global.get 1
            br 2 (;@2;)
          end
          i32.const 360
          i64.load
          br 1 (;@2;)
        end
        i32.const 408
        i64.load
        br 0 (;@2;)
        unreachable
      end
      i64.le_s
    end
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 2
    memory.grow
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result i32) ;; label = @1
      global.get 0
      local.get 3
      br_if 0 (;@1;)
      drop
      global.get 0
    end
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    call 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;8;) (type 8) (param i32 i32) (result i64)
    (local i32 i32 i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 408
    i64.load
    i32.const 3
    call_indirect (type 1)
    i32.const 360
    i64.load
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 320
    i64.load
    i32.const 320
    i64.load
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result i64) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          local.get 0
          br_table 0 (;@3;) 1 (;@2;)
        end
        global.get 1
        br 1 (;@1;)
      end
      i32.const 320
      i64.load
      br 0 (;@1;)
      unreachable
    end
    i32.const 432
    i64.load
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result i32) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              local.get 1
              br_table 0 (;@5;) 1 (;@4;) 2 (;@3;) 3 (;@2;)
            end
            global.get 1
            global.get 1
            i64.le_s
            br 3 (;@1;)
          end
          global.get 1
          global.get 1
          i64.le_s
          br 2 (;@1;)
        end
        i32.const 432
        i64.load
        i32.const 432
        i64.load
        i64.le_s
        br 1 (;@1;)
      end
      block (result i32) ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const 0
            br_table 0 (;@4;) 1 (;@3;)
          end
          i32.const 104
          i32.load
          br 1 (;@2;)
        end
        i32.const 24
        i32.load
        br 0 (;@2;)
        unreachable
      end
      br 0 (;@1;)
      unreachable
    end
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 432
    i64.load
    i32.const 408
    i64.load
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;9;) (type 9) (param i32 i32) (result i64)
    (local i32 i32 i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    local.get 0
    if (result i32) ;; label = @1
      i32.const 24
      i32.load
    else
      i32.const 24
      i32.load
    end
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 1
    i32.const 408
    i64.load
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 1
    local.tee 7
    i32.const 408
    i64.load
    i32.const 360
    i64.load
    i64.le_s
    i32.const 4
    call_indirect (type 0)
    i32.store8 offset=1024
    local.get 7
    i32.load16_s offset=1024
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 360
    i64.load
    i32.const 432
    i64.load
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;10;) (type 10) (result i64)
    (local i32 i32 i32 i32 i32 i32 i64 i32 i64 f32 f64 i32 i64 f32 f64)
    i32.const 0
    local.set 0
    loop ;; label = @1
      i32.const 0
      local.set 1
      loop ;; label = @2
        local.get 0
        i32.const 8
        i32.mul
        i64.load offset=256
        local.set 8
        local.get 1
        i32.const 8
        i32.mul
        i64.load offset=256
        local.set 12
        local.get 6
        i64.const 19
        i64.rotl
        local.get 8
        local.get 12
        i64.le_s
        i64.extend_i32_u
        i64.xor
        local.set 6
        local.get 1
        i32.const 1
        i32.add
        local.tee 1
        i32.const 28
        i32.lt_u
        br_if 0 (;@2;)
      end
      local.get 0
      i32.const 1
      i32.add
      local.tee 0
      i32.const 28
      i32.lt_u
      br_if 0 (;@1;)
    end
    i64.const -9223372036854775808
    local.set 8
    i64.const 64
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const -9223372036854775808
    i64.const 65535
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const 65535
    local.set 8
    i64.const 65535
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const 65535
    i64.const -2147483648
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const 65535
    local.set 8
    i64.const -2147483648
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const 64
    i64.const -9223372036854775808
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const -2147483648
    local.set 8
    i64.const -2147483648
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const 65535
    i64.const -2147483648
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const 65535
    local.set 8
    i64.const -2147483648
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const -9223372036854775808
    i64.const 65535
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const 65535
    local.set 8
    i64.const -9223372036854775808
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const 65535
    i64.const 64
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const 65535
    local.set 8
    i64.const 65535
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const -9223372036854775808
    i64.const -2147483648
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const 64
    local.set 8
    i64.const 65535
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const -9223372036854775808
    i64.const -2147483648
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const -9223372036854775808
    local.set 8
    i64.const -2147483648
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const 64
    i64.const -9223372036854775808
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const -2147483648
    local.set 8
    i64.const 65535
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const 64
    i64.const -9223372036854775808
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const 65535
    local.set 8
    i64.const 65535
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const 64
    i64.const 65535
    i64.le_s
    i64.extend_i32_u
    i64.xor
    local.set 6
    i64.const -2147483648
    local.set 8
    i64.const -2147483648
    local.set 12
    local.get 6
    i64.const 19
    i64.rotl
    i64.const 64
    i64.const 64
    i64.le_s
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
