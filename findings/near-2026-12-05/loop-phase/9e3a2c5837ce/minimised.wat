(module
  (type (;0;) (func (param i64) (result i64)))
  (type (;1;) (func (param i64 i64 i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;5;) (func (param i64 i64 i64 i64 i64 i64 i64)))
  (type (;6;) (func (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;7;) (func (param i64 i64 i64 i64)))
  (type (;8;) (func))
  (type (;9;) (func))
  (type (;10;) (func))
  (type (;11;) (func))
  (type (;12;) (func (param i64)))
  (type (;13;) (func (param i64)))
  (type (;14;) (func (param i64)))
  (type (;15;) (func (param i64)))
  (type (;16;) (func (param i64)))
  (type (;17;) (func (param i64)))
  (type (;18;) (func (param i64)))
  (type (;19;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;20;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;21;) (func (param i64 i64)))
  (type (;22;) (func (param i64 i64)))
  (type (;23;) (func (param i64 i64) (result i64)))
  (type (;24;) (func (param i64 i64 i64) (result i64)))
  (type (;25;) (func (param i64) (result i64)))
  (type (;26;) (func (param i64)))
  (type (;27;) (func (param i64)))
  (type (;28;) (func (param i64 i64 i64)))
  (type (;29;) (func (param i64 i64 i64)))
  (type (;30;) (func (param i64 i64 i64)))
  (type (;31;) (func (param i64 i64 i64)))
  (type (;32;) (func (param i64 i64)))
  (type (;33;) (func (param i64 i64 i64 i64)))
  (type (;34;) (func (param i64 i64 i64 i64)))
  (type (;35;) (func (param i64 i64 i64)))
  (type (;36;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;37;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;38;) (func (result i64)))
  (type (;39;) (func (param i64 i64 i64 i64 i64) (result i64)))
  (type (;40;) (func (param i64 i64 i64) (result i64)))
  (type (;41;) (func (param i64 i64) (result i64)))
  (type (;42;) (func (param i64 i64 i64) (result i64)))
  (type (;43;) (func (param i64 i64 i64)))
  (type (;44;) (func (param i64 i64 i64) (result i64)))
  (type (;45;) (func (param i64 i64 i64) (result i64)))
  (type (;46;) (func (param i64 i64 i64) (result i64)))
  (type (;47;) (func (param i64 i64 i64) (result i64)))
  (type (;48;) (func (param i64 i64 i64) (result i64)))
  (type (;49;) (func))
  (import "env" "block_index" (func (;0;) (type 3) (result i64)))
  (import "env" "prepaid_gas" (func (;1;) (type 3) (result i64)))
  (import "env" "promise_batch_create" (func (;2;) (type 23) (param i64 i64) (result i64)))
  (import "env" "promise_batch_action_deploy_global_contract_by_account_id" (func (;3;) (type 30) (param i64 i64 i64)))
  (table (;0;) 0 87 funcref)
  (memory (;0;) 0 2)
  (global (;0;) f32 f32.const -0x1.a0dbdap-1 (;=-0.81417733;))
  (global (;1;) f64 f64.const -0x1.7b0438dc12442p-666 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004835496027545268;))
  (global (;2;) f64 f64.const 0x0p+0 (;=0;))
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i32) i32.const 0)
  (global (;5;) (mut i64) i64.const 0)
  (global (;6;) (mut i32) i32.const 0)
  (global (;7;) (mut i64) i64.const 0)
  (export "get" (func 5))
  (elem (;0;) declare funcref)
  (func (;4;) (type 8))
  (func (;5;) (type 9)
    data.drop 3
    call 7
    data.drop 0
    i64.const 0
    i64.const 0
    i64.add
    call 7
    i32.const 0
    memory.grow
    if (result f64) ;; label = @1
      ref.null func
      f64.const -0x1p+513 (;=-26815615859885194000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      f32.demote_f64
      block ;; label = @2
      end
      loop ;; label = @2
        br 0 (;@2;)
        i64.const 0
        i64.const -7212529405936899824
        i64.shl
        i32.const 63
        i64.load8_u
        i64.extend32_s
        i64.eqz
        global.get 1
        i64.reinterpret_f64
        f64.reinterpret_i64
        f64.sqrt
        i64.trunc_f64_s
        f64.convert_i64_u
        f64.ceil
        i64.const 4398046511103
        memory.size
        loop (result f32) ;; label = @3
          call 6
          i32.const 7
          f32.reinterpret_i32
          f32.trunc
          f64.const -nan:0xffffffffff800 (;=NaN;)
          f64.abs
          br 1 (;@2;)
          i32.trunc_sat_f64_u
          i32.load16_u align=1
          global.get 2
          call 4
          f32.demote_f64
          table.size 0
          i64.const -288230376151711744
          i64.eqz
          i32.div_s
          i32.extend16_s
          i32.load8_u
          i64.load8_s
          i64.extend16_s
          global.get 3
          i64.and
          block (result funcref) ;; label = @4
            i64.const 1125899906842623
            i64.eqz
            i32.load8_s
            br 4
            i64.load32_u align=2
            f64.reinterpret_i64
            loop (result f32) ;; label = @5
              call 0
              i64.ctz
              memory.size
              f32.const 0x0p+0 (;=0;)
              f32.floor
              i64.trunc_sat_f32_u
              global.get 0
              ref.null func
              br 0 (;@5;)
              elem.drop 0
              loop (result f32) ;; label = @6
                loop ;; label = @7
                  call 1
                  i64.popcnt
                  global.get 2
                  br 2 (;@5;)
                  f64.const 0x1.ep-1071 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000074;)
                  f64.gt
                  loop ;; label = @8
                    f64.const -0x1p+1021 (;=-22471164185778950000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                    call 8
                    f64.neg
                    i64.trunc_f64_s
                    global.get 0
                    br 3 (;@5;)
                    i32.reinterpret_f32
                    i32.load16_u align=1
                    i64.load align=2
                    data.drop 2
                    i32.const 1
                    f64.load align=2
                    i64.const -3709635845646291338
                    f64.reinterpret_i64
                    loop ;; label = @9
                      data.drop 4
                      memory.size
                      block (result i32) ;; label = @10
                        data.drop 3
                        block (result funcref) ;; label = @11
                          i64.const 1
                          global.set 3
                          i32.const -1715105728
                          f64.const -nan:0xffffffffffff0 (;=NaN;)
                          i64.trunc_sat_f64_s
                          i64.eqz
                          global.get 4
                          i32.xor
                          global.set 4
                          global.get 4
                          i32.xor
                          global.set 4
                          ref.null func
                        end
                        drop
                        i32.const 8388608
                      end
                      global.get 4
                      i32.xor
                      global.set 4
                      global.get 4
                      i32.xor
                      global.set 4
                    end
                    i64.reinterpret_f64
                    global.get 7
                    i64.xor
                    global.set 7
                    i64.reinterpret_f64
                    global.get 7
                    i64.xor
                    global.set 7
                    global.get 5
                    i64.xor
                    global.set 5
                    global.get 5
                    i64.xor
                    global.set 5
                  end
                  global.get 4
                  i32.xor
                  global.set 4
                  global.get 5
                  i64.xor
                  global.set 5
                end
                f32.const 0x1.3e7428p+117 (;=206688300000000000000000000000000000;)
              end
              i32.reinterpret_f32
              global.get 6
              i32.xor
              global.set 6
              drop
              i32.reinterpret_f32
              global.get 6
              i32.xor
              global.set 6
              global.get 5
              i64.xor
              global.set 5
              global.get 4
              i32.xor
              global.set 4
              global.get 5
              i64.xor
              global.set 5
              f32.const 0x1.0001p-132 (;=0.000000000000000000000000000000000000000183674;)
            end
            i32.reinterpret_f32
            global.get 6
            i32.xor
            global.set 6
            i64.reinterpret_f64
            global.get 7
            i64.xor
            global.set 7
            ref.null func
          end
          drop
          global.get 5
          i64.xor
          global.set 5
          i32.reinterpret_f32
          global.get 6
          i32.xor
          global.set 6
          drop
        end
        i32.reinterpret_f32
        global.get 6
        i32.xor
        global.set 6
        global.get 4
        i32.xor
        global.set 4
        global.get 5
        i64.xor
        global.set 5
        i64.reinterpret_f64
        global.get 7
        i64.xor
        global.set 7
        global.get 4
        i32.xor
        global.set 4
        global.get 5
        i64.xor
        global.set 5
      end
      i32.reinterpret_f32
      global.get 6
      i32.xor
      global.set 6
      drop
      f64.const 0x1.ap-1045 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000431030395;)
    else
      f64.const 0x1.ffffffcp-1048 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000066312368;)
    end
    i64.reinterpret_f64
    global.get 7
    i64.xor
    global.set 7
    global.get 5
    i64.xor
    global.set 5
  )
  (func (;6;) (type 10))
  (func (;7;) (type 49)
    (local i64 i64)
    i64.const 2
    i64.const 50331679
    call 2
    local.set 0
    i64.const 0
    i64.const 0
    local.get 0
    call 3
  )
  (func (;8;) (type 49))
  (data (;0;) "")
  (data (;1;) "")
  (data (;2;) "")
  (data (;3;) "")
  (data (;4;) "")
  (data (;5;) (i32.const 50331648) "al~fk\92arcontract.neara1Not An AccoL\9e\93\8f\cd \cb\f2\91 \01\19\13vNC\bc6\a4V\deaU\ff\ff\ff")
)
