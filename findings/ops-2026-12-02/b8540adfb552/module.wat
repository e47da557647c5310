(module
  (type (;0;) (func (param i32) (result i32)))
  (type (;1;) (func (param i64) (result i64)))
  (type (;2;) (func (param f32) (result f32)))
  (type (;3;) (func (param f64) (result f64)))
  (type (;4;) (func (param i32 f32 f32 i32 i32 i32) (result i64)))
  (type (;5;) (func (param i32) (result i64)))
  (type (;6;) (func (param i32 f64) (result i64)))
  (type (;7;) (func (param f32 i32 i32 f32 f32 i32) (result i64)))
  (type (;8;) (func (param f64) (result i64)))
  (type (;9;) (func (param f64 f64 i32 f64 f64 i32) (result i64)))
  (table (;0;) 4 4 funcref)
  (memory (;0;) 1 2)
  (global (;0;) (mut i32) i32.const 64)
  (global (;1;) (mut i64) i64.const 4294967296)
  (global (;2;) (mut f32) f32.const nan:0x1 (;=NaN;))
  (global (;3;) (mut f64) f64.const nan:0x8000000000001 (;=NaN;))
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
  (func (;4;) (type 4) (param i32 f32 f32 i32 i32 i32) (result i64)
    (local i64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    local.get 0
    if (result f32) ;; label = @1
      local.get 1
    else
      local.get 2
    end
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    f32.reinterpret_i32
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 3
    local.tee 7
    local.get 4
    if (result i32) ;; label = @1
      global.get 0
    else
      local.get 5
    end
    i32.const 0
    if (result i32) ;; label = @1
      global.get 0
    else
      i32.const 104
      i32.load
    end
    i32.const 1
    select
    i32.const 13
    memory.fill
    local.get 7
    f32.load offset=4
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    f32.reinterpret_i32
    global.get 2
    i32.const 532
    f32.load
    f32.div
    f32.div
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;5;) (type 5) (param i32) (result i64)
    (local i32 i32 i32 i32 i32 i64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    local.get 0
    f32.reinterpret_i32
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;6;) (type 6) (param i32 f64) (result i64)
    (local i32 i32 i32 i32 i64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    global.get 0
    f32.reinterpret_i32
    local.get 0
    f32.load offset=8
    f32.div
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 1
    i64.reinterpret_f64
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;7;) (type 7) (param f32 i32 i32 f32 f32 i32) (result i64)
    (local i64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    block (result f32) ;; label = @1
      global.get 2
      local.get 0
      local.get 1
      select
      local.get 2
      br_if 0 (;@1;)
      drop
      local.get 3
      local.get 4
      f32.div
    end
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    local.get 5
    f32.reinterpret_i32
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    i32.const 52
    i32.load
    f32.reinterpret_i32
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;8;) (type 8) (param f64) (result i64)
    (local i32 i32 i32 i32 i32 i64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    local.get 0
    i64.reinterpret_f64
    i64.xor
    local.set 6
    local.get 6
  )
  (func (;9;) (type 9) (param f64 f64 i32 f64 f64 i32) (result i64)
    (local i64 i32 i64 f32 f64)
    local.get 6
    i64.const 19
    i64.rotl
    local.get 0
    local.get 1
    f64.copysign
    global.get 3
    global.get 3
    f64.copysign
    f64.copysign
    block (result f64) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const 2
            br_table 0 (;@4;) 1 (;@3;) 2 (;@2;)
          end
          global.get 3
          global.get 3
          f64.copysign
          br 2 (;@1;)
        end
        local.get 2
        if (result f64) ;; label = @3
          global.get 3
        else
          global.get 3
        end
        br 1 (;@1;)
      end
      local.get 3
      br 0 (;@1;)
      unreachable
    end
    f64.copysign
    i64.reinterpret_f64
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    global.get 3
    global.get 3
    f64.copysign
    global.get 3
    f64.copysign
    local.get 4
    global.get 3
    f64.copysign
    block (result f64) ;; label = @1
      global.get 3
      local.get 5
      br_if 0 (;@1;)
      drop
      i32.const 808
      f64.load
    end
    f64.copysign
    f64.copysign
    i64.reinterpret_f64
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result f32) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          i32.const -2147483648
          br_table 0 (;@3;) 1 (;@2;)
        end
        global.get 2
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
    i64.const 19
    i64.rotl
    block (result i32) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          i32.const 1
          br_table 0 (;@3;) 1 (;@2;)
        end
        i32.const 120
        i32.load
        br 1 (;@1;)
      end
      i32.const 48
      i32.load
      br 0 (;@1;)
      unreachable
    end
    i32.const 4
    local.tee 7
    i32.const 7
    i32.const -2147483648
    memory.copy
    local.get 7
    i32.load
    i32.const -2147483648
    select
    f32.reinterpret_i32
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    local.set 6
    local.get 6
    i64.const 19
    i64.rotl
    block (result f64) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const 3
            br_table 0 (;@4;) 1 (;@3;) 2 (;@2;)
          end
          i32.const 1
          if (result f64) ;; label = @4
            global.get 3
          else
            i32.const 840
            f64.load
          end
          br 2 (;@1;)
        end
        i32.const 840
        f64.load
        global.get 3
        f64.copysign
        br 1 (;@1;)
      end
      global.get 3
      br 0 (;@1;)
      unreachable
    end
    i64.reinterpret_f64
    i64.xor
    local.set 6
    local.get 6
  )
  (data (;0;) (i32.const 0) "\00\00\00\00\01\00\00\00\ff\ff\ff\ff\02\00\00\00\07\00\00\00\08\00\00\00\0f\00\00\00\10\00\00\00\1f\00\00\00 \00\00\00!\00\00\00?\00\00\00@\00\00\00\7f\00\00\00\80\00\00\00\ff\00\00\00\00\01\00\00\ff\7f\00\00\00\80\00\00\ff\ff\00\00\00\00\01\00\ff\ff\ff\7f\00\00\00\80\01\00\00\80\fe\ff\ff\7fUUUU\aa\aa\aa\aa\fe\ff\ff\ff\e0\ff\ff\ff\df\ff\ff\ff\c0\ff\ff\ff")
  (data (;1;) (i32.const 256) "\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\02\00\00\00\00\00\00\00\1f\00\00\00\00\00\00\00 \00\00\00\00\00\00\00!\00\00\00\00\00\00\00?\00\00\00\00\00\00\00@\00\00\00\00\00\00\00A\00\00\00\00\00\00\00\7f\00\00\00\00\00\00\00\80\00\00\00\00\00\00\00\ff\00\00\00\00\00\00\00\ff\ff\00\00\00\00\00\00\ff\ff\ff\7f\00\00\00\00\00\00\00\80\00\00\00\00\ff\ff\ff\ff\00\00\00\00\00\00\00\00\01\00\00\00\ff\ff\ff\ff\ff\ff\ff\7f\00\00\00\00\00\00\00\80\01\00\00\00\00\00\00\80\fe\ff\ff\ff\ff\ff\ff\7f\00\00\00\80\ff\ff\ff\ff\ff\ff\ff\7f\00\00\00\00UUUUUUUU\aa\aa\aa\aa\aa\aa\aa\aa\fe\ff\ff\ff\ff\ff\ff\ff\c0\ff\ff\ff\ff\ff\ff\ff")
  (data (;2;) (i32.const 512) "\00\00\00\00\00\00\00\80\00\00\80?\00\00\80\bf\00\00\00?\00\00\00\bf\00\00\c0?\00\00 @\00\00\c0\7f\00\00\c0\ff\01\00\80\7f\01\00\c0\7f\00\00\80\7f\00\00\80\ff\01\00\00\00\00\00\80\00\ff\ff\7f\7f\00\00\00O\00\00\00\cf\ff\ff\ffN\00\00\80O\00\00\00_\00\00\00\df\00\00\80_\01\00\00\cf")
  (data (;3;) (i32.const 768) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\80\00\00\00\00\00\00\f0?\00\00\00\00\00\00\f0\bf\00\00\00\00\00\00\e0?\00\00\00\00\00\00\e0\bf\00\00\00\00\00\00\04@\00\00\00\00\00\00\f8\7f\00\00\00\00\00\00\f8\ff\01\00\00\00\00\00\f0\7f\01\00\00\00\00\00\f8\7f\00\00\00\00\00\00\f0\7f\00\00\00\00\00\00\f0\ff\01\00\00\00\00\00\00\00\00\00\00\00\00\00\10\00\ff\ff\ff\ff\ff\ff\ef\7f\00\00\00\00\00\00\e0A\00\00\00\00\00\00\e0\c1\00\00\c0\ff\ff\ff\dfA\00\00 \00\00\00\e0\c1\00\00\00\00\00\00\f0A\00\00\00\00\00\00\e0C\00\00\00\00\00\00\e0\c3\00\00\00\00\00\00\f0C\01\00\00\00\00\00@C")
)
