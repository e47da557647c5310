(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func))
  (type (;3;) (func (param i64 i64) (result i64)))
  (type (;4;) (func (param i64 i64 i64 i64 i64 i64)))
  (type (;5;) (func (param i64 i64 i64)))
  (type (;6;) (func (param i64 i64 i64 i64 i64 i64 i64)))
  (type (;7;) (func))
  (import "env" "chain_id" (func (;0;) (type 0) (param i64)))
  (import "env" "epoch_height" (func (;1;) (type 1) (result i64)))
  (import "env" "prepaid_gas" (func (;2;) (type 1) (result i64)))
  (import "env" "used_gas" (func (;3;) (type 1) (result i64)))
  (import "env" "random_seed" (func (;4;) (type 0) (param i64)))
  (import "env" "promise_batch_create" (func (;5;) (type 3) (param i64 i64) (result i64)))
  (import "env" "set_state_init_data_entry" (func (;6;) (type 4) (param i64 i64 i64 i64 i64 i64)))
  (import "env" "promise_batch_action_use_global_contract" (func (;7;) (type 5) (param i64 i64 i64)))
  (import "env" "promise_batch_action_function_call" (func (;8;) (type 6) (param i64 i64 i64 i64 i64 i64 i64)))
  (memory (;0;) 0)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 9))
  (func (;9;) (type 2)
    f32.const 0x1.807b14p+108 (;=487387300000000000000000000000000;)
    i32.const 65536
    memory.grow
    ref.null func
    memory.size
    call 2
    i64.store8
    call 11
    i64.const 0
    f32.convert_i64_u
    i64.trunc_sat_f32_u
    f64.const 0x1.58c8098d21e4p+991 (;=28185747767215050000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
    ref.null func
    i64.const 0
    memory.size
    i32.ctz
    br_if 0
    f32.convert_i64_s
    ref.null func
    memory.size
    i64.load8_s
    br 0
    br 0
    f64.reinterpret_i64
    f64.trunc
    i64.const -3852058294251462760
    i32.wrap_i64
    i32.eqz
    if ;; label = @1
      block (result i32) ;; label = @2
        f64.const 0x1.5ec24d418ac8bp-492 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010715463974487635;)
        loop (result f32) ;; label = @3
          br 2 (;@1;)
          call 1
          i64.const -5
          i64.lt_s
          i64.load8_s
          f32.convert_i64_u
          f32.neg
          block (result i32) ;; label = @4
            call 9
            i64.const 0
            i64.const 0
            i64.lt_u
            block (result f32) ;; label = @5
              block (result i32) ;; label = @6
                call 12
                i32.const 0
                i32.load
              end
              call 3
              br 5
              f32.convert_i64_s
              br 2 (;@3;)
              f64.const 0x1.56e4f2f8ddacbp+188 (;=525484035483928900000000000000000000000000000000000000000;)
              i64.trunc_sat_f64_s
              call 10
              br 4 (;@1;)
              f32.convert_i64_s
              f32.neg
              f32.add
              i64.trunc_sat_f32_s
              f64.convert_i64_u
              i32.trunc_f64_u
              i32.store
              loop (result i64) ;; label = @6
                i32.const 0
                if ;; label = @7
                  i64.const 1
                  f32.const 0x1.020202p-125 (;=0.000000000000000000000000000000000000023694278;)
                  block ;; label = @8
                    i32.const -693024500
                    i32.load
                    br_table 0 (;@8;) 1 (;@7;) 2 (;@6;) 5 (;@3;) 7 (;@1;) 8 7 (;@1;)
                    block (result f32) ;; label = @9
                      f64.const -0x1.03c0478b6117ap+103 (;=-10289800852506666000000000000000;)
                      i64.const -4850376798678024192
                      block (result funcref) ;; label = @10
                        i64.const -528656840945312716
                        i64.clz
                        loop ;; label = @11
                          f32.const -nan:0x7fefff (;=NaN;)
                          block ;; label = @12
                            call 1
                            f64.const -0x1.397d1438b5fa1p-164 (;=-0.00000000000000000000000000000000000000000000000005236757749062966;)
                            f64.trunc
                            memory.size
                            i32.load16_u align=1
                            f32.load align=1
                            block ;; label = @13
                              block ;; label = @14
                                br 1 (;@13;)
                              end
                              loop ;; label = @14
                              end
                            end
                            i32.reinterpret_f32
                            global.get 0
                            i32.xor
                            global.set 0
                            i64.reinterpret_f64
                            i64.const 0
                            i64.xor
                            global.set 1
                            global.get 2
                            i64.xor
                            global.set 2
                          end
                          i32.reinterpret_f32
                          global.get 0
                          i32.xor
                          global.set 0
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                        ref.null func
                      end
                      drop
                      global.get 2
                      i64.xor
                      global.set 2
                      i64.reinterpret_f64
                      global.get 1
                      i64.xor
                      global.set 1
                      f32.const -0x1.963024p-24 (;=-0.000000094573025;)
                    end
                    i32.reinterpret_f32
                    global.get 0
                    i32.xor
                    global.set 0
                  end
                  i32.reinterpret_f32
                  global.get 0
                  i32.xor
                  global.set 0
                  global.get 2
                  i64.xor
                  global.set 2
                end
                i64.const 1
              end
              global.get 2
              i64.xor
              global.set 2
              f32.const -0x1.3fd0a6p+11 (;=-2558.5203;)
            end
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
          end
          global.get 3
          i32.xor
          global.set 3
        end
        i32.reinterpret_f32
        global.get 0
        i32.xor
        global.set 0
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
        i32.const 7
      end
      global.get 3
      i32.xor
      global.set 3
    else
    end
    i64.reinterpret_f64
    global.get 1
    i64.xor
    global.set 1
    drop
    i32.reinterpret_f32
    i32.const 1
    i32.xor
    global.set 0
    drop
    i64.reinterpret_f64
    global.get 1
    i64.xor
    global.set 1
    global.get 2
    i64.xor
    global.set 2
    drop
    global.get 3
    i32.xor
    global.set 3
    i32.reinterpret_f32
    global.get 0
    i32.xor
    global.set 0
  )
  (func (;10;) (type 7))
  (func (;11;) (type 7)
    (local i64 i64)
    i64.const 2
    i64.const 50331679
    call 5
    local.set 0
    local.get 0
    i64.const 32
    i64.const 0
    call 7
    i64.const 2
    call 4
    local.get 0
    i64.const 8
    i64.const 1
    i64.const 7
    i64.const 0
    i64.const 0
    i64.const 0
    call 8
    local.get 0
    i64.const 2
    i64.const 2
    i64.const 0
    i64.const 1
    i64.const 0
    call 6
    i64.const 1
    call 0
  )
  (func (;12;) (type 7))
  (data (;0;) (i32.const 50331648) "alice.nearbob\a5\1aY\9ap\09A\de\a3\ef\d1\08Z\a7\8a7\f4ggs\9d")
)
