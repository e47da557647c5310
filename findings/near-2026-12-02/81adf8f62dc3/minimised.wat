(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func))
  (type (;4;) (func))
  (type (;5;) (func))
  (import "env" "block_index" (func (;0;) (type 1) (result i64)))
  (import "env" "attached_deposit" (func (;1;) (type 2) (param i64)))
  (memory (;0;) 0 0)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 2))
  (elem (;0;) func)
  (func (;2;) (type 3)
    (local i64)
    memory.size
    i64.extend_i32_u
    f32.convert_i64_s
    elem.drop 0
    i64.const 0
    i32.const 85618461
    memory.grow
    i64.const 1011573734981388400
    call 1
    f64.load align=2
    call 0
    i64.extend8_s
    elem.drop 0
    f64.convert_i64_s
    f32.const -0x1p+113 (;=-10384594000000000000000000000000000;)
    i64.const -6418241677869479483
    elem.drop 0
    br 0
    f32.convert_i64_s
    f32.nearest
    i32.const 0
    i64.load8_u
    call 2
    f32.const 0x1.a2da2cp+0 (;=1.6361415;)
    f32.ceil
    i64.const 1
    block ;; label = @1
      block ;; label = @2
        loop (result i64) ;; label = @3
          i32.const 0
          i32.load align=1
          block (result f64) ;; label = @4
            br 2 (;@2;)
            f64.const 0x1.f774324f53a65p+850 (;=14764408483320176000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
            i64.const 1
            br 1 (;@3;)
            i32.const 0
            loop (result i32) ;; label = @5
              loop ;; label = @6
                memory.size
                memory.grow
                i64.load16_u
                br 6
                call 3
                f64.convert_i64_s
                f64.const 0x1.ca3133f795f3bp-17 (;=0.000013655191636249508;)
                f64.le
                local.get 0
                f32.const -0x1.4e5ccep-48 (;=-0.000000000000004640212;)
                loop (result f64) ;; label = @7
                  block ;; label = @8
                    memory.size
                    br 2 (;@6;)
                    call 2
                    i32.extend16_s
                    local.get 0
                    f64.const -nan:0xffffffff00000 (;=NaN;)
                    i32.const 0
                    i32.eqz
                    if (result i64) ;; label = @9
                      i64.const 1
                    else
                      memory.size
                      block (result i32) ;; label = @10
                        call 3
                        i64.const 0
                        loop ;; label = @11
                          memory.size
                          br_if 6 (;@5;)
                          i64.const 0
                          f64.reinterpret_i64
                          call 3
                          br 0 (;@11;)
                          f64.const 0x1.2a9e2f3803ddep+836 (;=534505598475054500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                          return
                          call 4
                          call 4
                          f64.const 0x1p+0 (;=1;)
                          f64.eq
                          i32.load16_s align=1
                          i32.load8_s
                          i64.load align=4
                          i32.const 0
                          i64.load
                          i64.shl
                          i64.extend8_s
                          f64.convert_i64_u
                          f64.add
                          global.get 0
                          global.set 0
                          i64.reinterpret_f64
                          global.get 1
                          i64.xor
                          global.set 1
                        end
                        i64.const 0
                        i64.xor
                        global.set 0
                        i32.const 0
                      end
                      i32.const 0
                      i32.xor
                      global.set 2
                      global.get 2
                      i32.xor
                      global.set 2
                      i64.const 0
                    end
                    global.get 0
                    i64.xor
                    global.set 0
                    i64.reinterpret_f64
                    global.get 1
                    i64.xor
                    global.set 1
                    global.get 0
                    i64.xor
                    global.set 0
                    global.get 2
                    i32.xor
                    global.set 2
                  end
                  f64.const -0x1.88155b8e28acdp+882 (;=-49384958959965680000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                end
                i64.reinterpret_f64
                i64.const 0
                i64.xor
                global.set 1
                i32.reinterpret_f32
                global.get 3
                i32.xor
                global.set 3
                global.get 0
                i64.xor
                global.set 0
                global.get 2
                i32.xor
                global.set 2
              end
              i32.const 0
            end
            global.get 2
            i32.xor
            global.set 2
            i32.const 0
            i32.xor
            global.set 2
            global.get 0
            i64.xor
            global.set 0
          end
          i64.reinterpret_f64
          global.get 1
          i64.xor
          global.set 1
          global.get 2
          i32.xor
          global.set 2
          i64.const 0
        end
        global.get 0
        i64.xor
        global.set 0
      end
    end
    global.get 0
    i64.xor
    global.set 0
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    global.get 0
    i64.xor
    global.set 0
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    i32.reinterpret_f32
    i32.const 1
    i32.xor
    global.set 3
    i64.reinterpret_f64
    global.get 1
    i64.xor
    global.set 1
    i64.reinterpret_f64
    global.get 1
    i64.xor
    global.set 1
    global.get 0
    i64.xor
    global.set 0
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
  )
  (func (;3;) (type 4))
  (func (;4;) (type 5))
)
