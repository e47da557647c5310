(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64 i64 i64)))
  (type (;4;) (func (param i64 i64 i64 i64 i64 i64 i64)))
  (type (;5;) (func (param i64 i64) (result i64)))
  (type (;6;) (func (param i64 i64 i64)))
  (type (;7;) (func (param f32)))
  (type (;8;) (func))
  (type (;9;) (func))
  (import "env" "epoch_height" (func (;0;) (type 1) (result i64)))
  (memory (;0;) 0 2)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i32) i32.const 0)
  (export "get" (func 2))
  (func (;1;) (type 8))
  (func (;2;) (type 9)
    (local f64)
    loop (result i64) ;; label = @1
      memory.size
      memory.grow
      global.set 0
      block ;; label = @2
        f32.const 0x1.abc218p-84 (;=0.000000000000000000000000086385076;)
        call 0
        loop ;; label = @3
          br 2 (;@1;)
          i32.const 0
          local.get 0
          i64.const 1
          f32.convert_i64_s
          block (result i32) ;; label = @4
            local.get 0
            f32.demote_f64
            i64.const 0
            global.get 0
            loop ;; label = @5
              f32.const -0x1.a49afap+114 (;=-34123562000000000000000000000000000;)
              memory.size
              br_if 3 (;@2;)
              f32.nearest
              i64.trunc_sat_f32_u
              i32.const 1
              loop (result f32) ;; label = @6
                global.get 0
                br_table 0 (;@6;) 1 (;@5;) 3 (;@3;) 4 (;@2;) 5 (;@1;) 6 5 (;@1;)
                f32.const 0x1p+0 (;=1;)
                loop (result i32) ;; label = @7
                  loop ;; label = @8
                    i64.const 1
                    i64.const 1
                    block (result f64) ;; label = @9
                      call 1
                      i32.const 0
                      i32.eqz
                      if (result i32) ;; label = @10
                        i32.const 1
                      else
                        global.get 2
                        global.set 2
                        i32.const 0
                      end
                      global.get 2
                      i32.xor
                      global.set 2
                      f64.const -0x1.7bd2f5a35c84dp+202 (;=-9536777080750350000000000000000000000000000000000000000000000;)
                    end
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    global.get 1
                    i64.xor
                    global.set 1
                    i64.const 1
                    i64.xor
                    global.set 1
                  end
                  i32.const 0
                end
                global.get 2
                i32.xor
                global.set 2
              end
              i32.reinterpret_f32
              global.get 4
              i32.xor
              global.set 4
              global.get 2
              i32.xor
              global.set 2
              i64.const 0
              i64.xor
              global.set 1
            end
            global.get 2
            i32.xor
            global.set 2
            global.get 1
            i64.xor
            global.set 1
            i32.reinterpret_f32
            global.get 4
            i32.xor
            global.set 4
            i32.const 0
          end
          i32.const 0
          i32.xor
          global.set 2
          i32.reinterpret_f32
          i32.const 0
          i32.xor
          global.set 4
          i64.reinterpret_f64
          i64.const 0
          i64.xor
          global.set 3
          global.get 2
          i32.xor
          global.set 2
        end
        global.get 1
        i64.xor
        global.set 1
        i32.reinterpret_f32
        global.get 4
        i32.xor
        global.set 4
      end
      i64.const 1
    end
    global.get 1
    i64.xor
    global.set 1
  )
)
