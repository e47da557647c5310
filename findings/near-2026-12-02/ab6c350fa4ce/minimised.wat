(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (result i64)))
  (type (;5;) (func (param i64)))
  (type (;6;) (func (param i64)))
  (type (;7;) (func (param i64)))
  (type (;8;) (func (param i64 i64 i64)))
  (type (;9;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;10;) (func (param i64 i64)))
  (type (;11;) (func (param i32 i32 i32 i32)))
  (type (;12;) (func (param i64 i64 i64) (result i64)))
  (type (;13;) (func (param i64 i64 i64)))
  (type (;14;) (func (param i64)))
  (type (;15;) (func (param i64)))
  (type (;16;) (func (param i64 i64 i64)))
  (type (;17;) (func (param i64 i64 i64 i64)))
  (type (;18;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;19;) (func (param i64 i64 i64 i64)))
  (type (;20;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;21;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;22;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;23;) (func (param i64 i64) (result i64)))
  (type (;24;) (func (param i64 i64) (result i64)))
  (type (;25;) (func (param i64)))
  (type (;26;) (func (param i64 i64 i64)))
  (type (;27;) (func (param i64 i64 i64) (result i64)))
  (type (;28;) (func))
  (type (;29;) (func (param f32)))
  (type (;30;) (func))
  (type (;31;) (func))
  (type (;32;) (func))
  (type (;33;) (func))
  (import "env" "chain_id" (func (;0;) (type 0) (param i64)))
  (import "env" "epoch_height" (func (;1;) (type 4) (result i64)))
  (import "env" "account_locked_balance" (func (;2;) (type 5) (param i64)))
  (import "env" "attached_deposit" (func (;3;) (type 6) (param i64)))
  (table (;0;) 39 79 funcref)
  (memory (;0;) 0 1)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 4))
  (func (;4;) (type 31)
    (local i32 i32 i64)
    block ;; label = @1
      block ;; label = @2
        loop (result i64) ;; label = @3
          local.get 2
          loop (result i64) ;; label = @4
            data.drop 0
            i64.const 1
            local.set 2
            call 6
            local.get 1
            i32.ctz
            local.set 1
            i32.const 0
            local.set 0
            i64.const 65536
            i64.extend16_s
            f32.convert_i64_u
            i32.trunc_f32_u
            i64.load align=4
            global.get 0
            i64.xor
            global.set 0
            i64.const 0
            i64.const 16383
            i64.shr_s
            call 3
            i32.const -1730804566
            call 6
            call_indirect (type 3)
            f32.convert_i64_u
            f32.trunc
            loop ;; label = @5
              call 4
              memory.size
              f32.load
              br 1 (;@4;)
              f32.sqrt
              f32.ceil
              i32.const -34374114
              br_table 0 (;@5;) 1 (;@4;) 2 (;@3;) 3 (;@2;) 4 (;@1;) 5 3 (;@2;)
              br 4 (;@1;)
              i32.trunc_sat_f32_s
              i32.load16_u align=1
              i32.extend16_s
              local.tee 1
              i32.popcnt
              loop (result i32) ;; label = @6
                i32.const 1
                f32.reinterpret_i32
                i32.trunc_f32_u
                memory.grow
                local.tee 0
                call_indirect (type 30)
                br 5 (;@1;)
                block ;; label = @7
                  nop
                end
                memory.size
                call_indirect (type 33)
                memory.size
                f32.convert_i32_u
                f64.const 0x1p-767 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000012882297539194267;)
                f64.trunc
                memory.size
                i64.load16_s
                call 2
                f64.const 0x1.ffffffffffp-1034 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010864618449737;)
                memory.size
                i32.clz
                i32.extend16_s
                local.set 0
                i64.trunc_sat_f64_s
                local.tee 2
                loop (result f64) ;; label = @7
                  i64.const 0
                  i64.eqz
                  local.get 2
                  i64.extend32_s
                  data.drop 0
                  i32.const -2
                  data.drop 0
                  f32.reinterpret_i32
                  i32.trunc_sat_f32_s
                  f64.load align=1
                  i32.trunc_f64_u
                  local.tee 1
                  f64.load
                  f32.const -0x1.152d12p+74 (;=-20451983000000000000000;)
                  br 7
                  br 4 (;@3;)
                  f32.trunc
                  br 2 (;@5;)
                  f32.abs
                  f32.abs
                  i64.trunc_sat_f32_u
                  loop (result i32) ;; label = @8
                    block ;; label = @9
                      global.get 0
                      global.set 0
                    end
                    i32.const 863362487
                  end
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 0
                  i64.xor
                  global.set 0
                  i64.reinterpret_f64
                  global.get 2
                  i64.xor
                  global.set 2
                  global.get 0
                  i64.xor
                  global.set 0
                  global.get 1
                  i32.xor
                  global.set 1
                  f64.const 0x1.68p-1043 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000014920282905;)
                end
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                global.get 0
                i64.xor
                global.set 0
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                i32.reinterpret_f32
                global.get 3
                i32.xor
                global.set 3
                i32.const 65538
              end
              global.get 1
              i32.xor
              global.set 1
              global.get 1
              i32.xor
              global.set 1
            end
            i32.reinterpret_f32
            i32.const 1
            i32.xor
            global.set 3
            i64.const -7044842080218137947
          end
          global.get 0
          i64.xor
          global.set 0
        end
        global.get 0
        i64.xor
        global.set 0
      end
    end
  )
  (func (;5;) (type 32))
  (func (;6;) (type 33)
    (local f64 f32)
    f64.const -0x1.6095281142589p+149 (;=-982856959340331500000000000000000000000000000;)
    f64.const 0x1.p-1055 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002590327;)
    f64.eq
    memory.grow
    i32.ctz
    i32.ctz
    i32.eqz
    if (result i32) ;; label = @1
      i32.const 0
    else
      local.get 0
      f64.trunc
      i32.const 1
      call_indirect (type 28)
      i64.trunc_sat_f64_s
      i32.wrap_i64
      loop ;; label = @2
        call 5
        br 0 (;@2;)
        memory.size
        br_table 0 (;@2;) 2 0 (;@2;)
        f32.const -nan:0x7c0000 (;=NaN;)
        f32.abs
        f32.floor
        block (result f32) ;; label = @3
          data.drop 0
          memory.size
          f64.convert_i32_s
          i64.const -9
          f64.const -nan:0xfffffffffdfff (;=NaN;)
          i64.const 0
          i64.extend32_s
          local.get 0
          i64.const -3069393956172764753
          i64.extend8_s
          i64.const 0
          loop (result i64) ;; label = @4
            i32.const 0
            f64.convert_i32_s
            i64.reinterpret_f64
          end
          i64.rem_u
          f64.const 0x1.ep-1071 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000074;)
          loop ;; label = @4
            f32.const -nan:0x7ff800 (;=NaN;)
            loop (result i32) ;; label = @5
              i32.const 1
              i64.const -673607116293393844
              i64.store16 align=1
              i64.const 1290447215674308474
              nop
              f64.reinterpret_i64
              br 1 (;@4;)
              f64.neg
              i64.trunc_sat_f64_s
              i32.wrap_i64
              i32.ctz
              local.get 1
              i32.const -280871287
              i64.load32_s offset=34849 align=1
              block ;; label = @6
                memory.size
                block ;; label = @7
                  i32.const 0
                  i32.load8_s
                  i64.load8_s
                  f32.const -0x1.65ec2cp+67 (;=-206328300000000000000;)
                  f32.neg
                  f32.const 0x1.689312p-86 (;=0.00000000000000000000000001820436;)
                  f32.abs
                  data.drop 0
                  f32.lt
                  i32.load8_u
                  i32.popcnt
                  loop ;; label = @8
                    i32.const 2085245741
                    if (result f32) ;; label = @9
                      memory.size
                      br 3 (;@6;)
                      block (result f64) ;; label = @10
                        local.get 0
                        f64.const -0x1.a5d6de77bc209p+722 (;=-36354985417128155000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                        f32.demote_f64
                        local.set 1
                        call 1
                        call 0
                        i64.const 0
                        i32.wrap_i64
                        block ;; label = @11
                          f32.const -0x1.5633eap-3 (;=-0.1670912;)
                          i32.reinterpret_f32
                          i32.const 1655515929
                          i32.xor
                          global.set 3
                          local.get 0
                          i64.reinterpret_f64
                          global.get 2
                          i64.xor
                          global.set 2
                          global.get 0
                          global.set 0
                        end
                        global.get 1
                        i32.xor
                        global.set 1
                      end
                      i64.reinterpret_f64
                      global.get 2
                      i64.xor
                      global.set 2
                      global.get 1
                      i32.xor
                      global.set 1
                      f32.const 0x1.ddb0a4p-5 (;=0.058311768;)
                    else
                      f32.const -0x1p+127 (;=-170141180000000000000000000000000000000;)
                    end
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                  end
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 0
                  i64.xor
                  global.set 0
                end
                global.get 1
                i32.xor
                global.set 1
              end
              global.get 0
              i64.xor
              global.set 0
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
            end
            global.get 1
            i32.xor
            global.set 1
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
          end
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          global.get 0
          i64.xor
          global.set 0
          global.get 0
          i64.xor
          global.set 0
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          i64.const 0
          i64.xor
          global.set 0
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          global.get 0
          i64.xor
          global.set 0
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          f32.const 0x1.001p-133 (;=0.000000000000000000000000000000000000000091858;)
        end
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
      end
    end
    global.get 1
    i32.xor
    global.set 1
  )
  (data (;0;) "")
)
