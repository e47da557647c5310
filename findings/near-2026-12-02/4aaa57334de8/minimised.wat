(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func))
  (import "env" "block_index" (func (;0;) (type 0) (result i64)))
  (import "env" "epoch_height" (func (;1;) (type 1) (result i64)))
  (memory (;0;) 0)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "main" (func 2))
  (elem (;0;) func)
  (func (;2;) (type 2)
    (local f32)
    data.drop 0
    i64.const 0
    elem.drop 0
    f32.const -0x1.6187a8p-111 (;=-0.0000000000000000000000000000000005319327;)
    memory.size
    memory.grow
    i64.load8_u
    f64.const 0x1.p-1025 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002781342323134;)
    i64.trunc_f64_u
    i64.gt_u
    block ;; label = @1
      loop (result f32) ;; label = @2
        i32.const 0
        f64.const 0x1.1fa8d0ae5a217p-945 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003778267948793492;)
        i32.trunc_sat_f64_u
        memory.size
        f32.reinterpret_i32
        i64.trunc_f32_s
        i32.const 16384
        i64.const 0
        i32.wrap_i64
        i32.store8
        unreachable
        block (result f64) ;; label = @3
          block ;; label = @4
            br 3 (;@1;)
            block (result f64) ;; label = @5
              f64.const 0x1.338718270b5ffp+934 (;=174445689391325100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
              local.get 0
              i64.const 6751604130355491029
              i64.clz
              i64.extend32_s
              i32.const 15
              i32.load8_s
              f64.const -0x1.4f2b5564eb6dp+229 (;=-1129518211397581400000000000000000000000000000000000000000000000000000;)
              i64.const 131071
              f64.const -0x1.c7e397eec1f1fp+363 (;=-33458588017217652000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
              call 2
              i32.const 64420127
              i64.load offset=4294967295
              i64.ctz
              call 0
              f32.convert_i64_u
              block (result i64) ;; label = @6
                br 6
                loop ;; label = @7
                  loop ;; label = @8
                  end
                  i32.const 0
                  f64.load align=4
                  f64.abs
                  elem.drop 0
                  br 3 (;@4;)
                  elem.drop 0
                  i32.const 0
                  i64.load8_u
                  f32.const 0x1.p-143 (;=0.00000000000000000000000000000000000000000009;)
                  block ;; label = @8
                    data.drop 0
                    call 1
                    i32.wrap_i64
                    i64.load32_u align=1
                    f32.const -0x1.16872ep-28 (;=-0.0000000040531165;)
                    br 8
                    i64.trunc_sat_f32_u
                    i32.const 0
                    call 1
                    br 8
                    f64.convert_i64_s
                    f64.const -0x1.eafba2fea85f1p+458 (;=-1427461701131189000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                    block ;; label = @9
                      block ;; label = @10
                        global.get 0
                        global.set 0
                        global.get 2
                        global.set 2
                        br 1 (;@9;)
                      end
                      loop ;; label = @10
                        global.get 0
                        global.set 0
                        global.get 2
                        global.set 2
                      end
                    end
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    global.get 0
                    i32.xor
                    global.set 0
                    global.get 1
                    i64.xor
                    global.set 1
                    global.get 1
                    i64.xor
                    global.set 1
                  end
                  i32.reinterpret_f32
                  global.get 2
                  i32.xor
                  global.set 2
                  global.get 1
                  i64.xor
                  global.set 1
                  i64.reinterpret_f64
                  global.get 3
                  i64.xor
                  global.set 3
                end
                i64.const 0
              end
              global.get 1
              i64.xor
              global.set 1
              i32.reinterpret_f32
              global.get 2
              i32.xor
              global.set 2
              global.get 1
              i64.xor
              global.set 1
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
              global.get 1
              i64.xor
              global.set 1
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
              drop
              global.get 1
              i64.xor
              global.set 1
              i32.reinterpret_f32
              global.get 2
              i32.xor
              global.set 2
            end
            i64.reinterpret_f64
            i64.const -8896105690835293025
            i64.xor
            global.set 3
          end
          f64.const -nan:0xfffffffffdfff (;=NaN;)
        end
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        global.get 1
        i64.xor
        global.set 1
        global.get 0
        i32.xor
        global.set 0
        i32.const 1
        i32.xor
        global.set 0
        f32.const 0x1.6e0b58p+18 (;=374829.38;)
      end
      i32.reinterpret_f32
      global.get 2
      i32.xor
      global.set 2
    end
    global.get 0
    i32.xor
    global.set 0
    i32.reinterpret_f32
    global.get 2
    i32.xor
    global.set 2
    global.get 1
    i64.xor
    global.set 1
  )
  (data (;0;) "")
)
