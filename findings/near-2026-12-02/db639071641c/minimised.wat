(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (param i64)))
  (type (;5;) (func (param i64)))
  (type (;6;) (func (result i64)))
  (type (;7;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;8;) (func (param i64 i64)))
  (type (;9;) (func (param i64 i64)))
  (type (;10;) (func (param i64 i64)))
  (type (;11;) (func (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;12;) (func (param i64 i64) (result i64)))
  (type (;13;) (func (param i64 i64) (result i64)))
  (type (;14;) (func (param i64 i64 i64)))
  (type (;15;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;16;) (func (param i64) (result i64)))
  (type (;17;) (func (param i64)))
  (type (;18;) (func (param i64 i64 i64)))
  (type (;19;) (func (param i64 i64 i64)))
  (type (;20;) (func (param i64 i64 i64)))
  (type (;21;) (func (param i64 i64 i64)))
  (type (;22;) (func (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;23;) (func (param i64 i64)))
  (type (;24;) (func (param i64 i64 i64 i64)))
  (type (;25;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;26;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;27;) (func (param i64 i64) (result i64)))
  (type (;28;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;29;) (func (param i64)))
  (type (;30;) (func (param i64 i64 i64)))
  (type (;31;) (func (param i64 i64) (result i64)))
  (type (;32;) (func (param i64 i64 i64) (result i64)))
  (type (;33;) (func (param i64 i64 i64) (result i64)))
  (type (;34;) (func))
  (type (;35;) (func))
  (type (;36;) (func))
  (type (;37;) (func))
  (type (;38;) (func))
  (type (;39;) (func))
  (type (;40;) (func))
  (import "env" "signer_account_pk" (func (;0;) (type 1) (param i64)))
  (import "env" "block_timestamp" (func (;1;) (type 3) (result i64)))
  (import "env" "prepaid_gas" (func (;2;) (type 6) (result i64)))
  (memory (;0;) 0 4)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "set" (func 4))
  (func (;3;) (type 37))
  (func (;4;) (type 39)
    call 5
    i64.const 0
    f64.convert_i64_s
    call 5
    i64.const 1
    i32.const 1073741824
    memory.grow
    i64.load8_u
    f64.const 0x1.p-1024 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005562684646268003;)
    call 2
    f64.reinterpret_i64
    f64.eq
    i64.load16_u
    i64.eq
    i32.const 0
    i32.gt_s
    i64.load16_s offset=245152 align=1
    i64.lt_s
    f32.convert_i32_u
    call 4
    i32.const 0
    loop ;; label = @1
      loop (result f64) ;; label = @2
        block ;; label = @3
          block (result i64) ;; label = @4
            br 1 (;@3;)
            i64.const 0
            i64.extend32_s
            i32.const 0
            br 2 (;@2;)
            f32.reinterpret_i32
            i32.trunc_f32_u
            f64.convert_i32_u
            f64.sqrt
            f64.sqrt
            i64.trunc_f64_s
            br 2 (;@2;)
            i64.shr_u
            br 4
            i64.extend32_s
            i64.eqz
            call 5
            i32.eqz
            i64.extend_i32_s
            memory.size
            block (result f64) ;; label = @5
              loop (result f32) ;; label = @6
                call 1
                f32.const 0x1.p-135 (;=0.000000000000000000000000000000000000000022959;)
                call 1
                block (result i64) ;; label = @7
                  call 3
                  block (result i64) ;; label = @8
                    call 1
                    call 0
                    i64.const 0
                    i64.const 0
                    f32.const 0x1.0a7666p-22 (;=0.00000024816254;)
                    i32.const 0
                    call 1
                    f32.const 0x1.97c1fp+120 (;=2117198300000000000000000000000000000;)
                    i64.const -4223095957167458095
                    f64.const -0x1.869d8f1276eb1p-201 (;=-0.0000000000000000000000000000000000000000000000000000000000004747667973564395;)
                    f64.neg
                    loop ;; label = @9
                      i64.const 0
                      i64.popcnt
                      global.get 0
                      i64.xor
                      global.set 0
                    end
                    i64.reinterpret_f64
                    global.get 1
                    i64.xor
                    global.set 1
                    global.get 0
                    i64.xor
                    global.set 0
                    i32.reinterpret_f32
                    i32.const 1
                    i32.xor
                    global.set 3
                    global.get 0
                    i64.xor
                    global.set 0
                    global.get 2
                    i32.xor
                    global.set 2
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    global.get 0
                    i64.xor
                    global.set 0
                  end
                end
                global.get 0
                i64.xor
                global.set 0
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
                f32.const 0x1.fffffep-124 (;=0.00000000000000000000000000000000000009403954;)
              end
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
              f64.const 0x1.fefffffep-1043 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000021178512674;)
            end
            i64.reinterpret_f64
            global.get 1
            i64.xor
            global.set 1
            i32.const 0
            i32.xor
            global.set 2
          end
          global.get 0
          i64.xor
          global.set 0
        end
        f64.const 0x1.abcc21c95617bp+499 (;=2735054609918233600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      end
      i64.reinterpret_f64
      global.get 1
      i64.xor
      global.set 1
    end
    global.get 2
    i32.xor
    global.set 2
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    i64.reinterpret_f64
    global.get 1
    i64.xor
    global.set 1
  )
  (func (;5;) (type 40))
)
