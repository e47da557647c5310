(module
  (type (;0;) (func (param i64) (result i64)))
  (type (;1;) (func (param i64 i64 i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func (param i64)))
  (type (;5;) (func (result i64)))
  (type (;6;) (func (result i64)))
  (type (;7;) (func (result i64)))
  (type (;8;) (func (result i64)))
  (type (;9;) (func (param i64)))
  (type (;10;) (func (param i64)))
  (type (;11;) (func (param i64 i64 i64)))
  (type (;12;) (func (param i64 i64 i64)))
  (type (;13;) (func (param i64 i64 i64)))
  (type (;14;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;15;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;16;) (func (param i64 i64 i64)))
  (type (;17;) (func (param i64 i64)))
  (type (;18;) (func (param i64 i64)))
  (type (;19;) (func (param i32 i32 i32 i32)))
  (type (;20;) (func (param i64 i64) (result i64)))
  (type (;21;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;22;) (func (param i64)))
  (type (;23;) (func (param i64)))
  (type (;24;) (func (param i64 i64 i64)))
  (type (;25;) (func (param i64 i64 i64)))
  (type (;26;) (func (param i64 i64 i64)))
  (type (;27;) (func (param i64 i64 i64)))
  (type (;28;) (func (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;29;) (func (param i64 i64)))
  (type (;30;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;31;) (func (param i64 i64 i64)))
  (type (;32;) (func (param i64 i64 i64 i64)))
  (type (;33;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;34;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;35;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;36;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;37;) (func (result i64)))
  (type (;38;) (func (param i64 i64) (result i64)))
  (type (;39;) (func (param i64)))
  (type (;40;) (func (param i64 i64 i64 i64 i64) (result i64)))
  (type (;41;) (func (param i64 i64 i64) (result i64)))
  (type (;42;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;43;) (func (param i64 i64 i64) (result i64)))
  (type (;44;) (func (param i64)))
  (type (;45;) (func (param i64 i64 i64)))
  (type (;46;) (func (param i64 i64 i64)))
  (type (;47;) (func (param i64 i64) (result i64)))
  (type (;48;) (func (param i64 i64 i64) (result i64)))
  (type (;49;) (func (param i64 i64 i64) (result i64)))
  (type (;50;) (func (param i64 i64 i64) (result i64)))
  (type (;51;) (func (param i64 i64 i64) (result i64)))
  (type (;52;) (func (param i64 i64 i64) (result i64)))
  (type (;53;) (func (param i64 i64 i64) (result i64)))
  (type (;54;) (func (param i32) (result funcref)))
  (type (;55;) (func (param i32 i64 i64 f64) (result f32)))
  (type (;56;) (func (param funcref) (result f32)))
  (type (;57;) (func (param funcref)))
  (type (;58;) (func))
  (type (;59;) (func))
  (type (;60;) (func))
  (type (;61;) (func))
  (type (;62;) (func))
  (type (;63;) (func (param i64)))
  (type (;64;) (func (param i64)))
  (type (;65;) (func (result i64)))
  (type (;66;) (func (param i64 i64 i64)))
  (type (;67;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;68;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;69;) (func (param i64 i64 i64)))
  (type (;70;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;71;) (func))
  (type (;72;) (func (param i64 i64)))
  (type (;73;) (func (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;74;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;75;) (func (param i64 i64) (result i64)))
  (type (;76;) (func (param i64 i64 i64) (result i64)))
  (type (;77;) (func (param i64 i64 i64)))
  (type (;78;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;79;) (func (param i64 i64 i64 i64 i64 i64)))
  (type (;80;) (func (param i64) (result i64)))
  (type (;81;) (func (param i64 i64 i64)))
  (type (;82;) (func (param i64 i64 i64)))
  (type (;83;) (func (param i64 i64 i64)))
  (type (;84;) (func (param i64 i64 i64)))
  (type (;85;) (func (param i64 i64 i64)))
  (type (;86;) (func (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;87;) (func (param i64 i64 i64 i64)))
  (type (;88;) (func (param i64 i64 i64 i64)))
  (type (;89;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;90;) (func (param i64 i64 i64 i64)))
  (type (;91;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;92;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;93;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;94;) (func (result i64)))
  (type (;95;) (func (param i64)))
  (type (;96;) (func (param i64 i64 i64 i64 i64) (result i64)))
  (type (;97;) (func (param i64 i64 i64) (result i64)))
  (type (;98;) (func (param i64 i64 i64) (result i64)))
  (type (;99;) (func (param i64 i64) (result i64)))
  (type (;100;) (func (param i64 i64 i64) (result i64)))
  (type (;101;) (func (param i64 i64 i64)))
  (type (;102;) (func (param i64 i64 i64)))
  (type (;103;) (func (param i64 i64 i64) (result i64)))
  (type (;104;) (func (param i64 i64 i64) (result i64)))
  (type (;105;) (func (param i64 i64 i64) (result i64)))
  (type (;106;) (func (param i64 i64 i64) (result i64)))
  (type (;107;) (func (param i64 i64 i64) (result i64)))
  (type (;108;) (func))
  (import "env" "write_register" (func (;0;) (type 1) (param i64 i64 i64)))
  (import "env" "block_timestamp" (func (;1;) (type 6) (result i64)))
  (import "env" "storage_usage" (func (;2;) (type 8) (result i64)))
  (import "env" "account_locked_balance" (func (;3;) (type 9) (param i64)))
  (import "env" "keccak256" (func (;4;) (type 12) (param i64 i64 i64)))
  (import "env" "prepaid_gas" (func (;5;) (type 65) (result i64)))
  (import "env" "ripemd160" (func (;6;) (type 69) (param i64 i64 i64)))
  (import "env" "panic" (func (;7;) (type 71)))
  (import "env" "promise_batch_create" (func (;8;) (type 75) (param i64 i64) (result i64)))
  (import "env" "promise_set_refund_to" (func (;9;) (type 77) (param i64 i64 i64)))
  (import "env" "current_contract_code" (func (;10;) (type 80) (param i64) (result i64)))
  (import "env" "promise_batch_action_use_global_contract" (func (;11;) (type 84) (param i64 i64 i64)))
  (import "env" "promise_batch_action_add_key_with_function_call" (func (;12;) (type 89) (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (import "env" "promise_yield_create" (func (;13;) (type 92) (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "promise_return" (func (;14;) (type 95) (param i64)))
  (memory (;0;) 1)
  (global (;0;) (mut funcref) ref.null func)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i64) i64.const 0)
  (export "get" (func 16))
  (func (;15;) (type 59))
  (func (;16;) (type 60)
    (local i64 i32 i32)
    call 21
    call 17
    local.get 0
    call 18
    br 0
    loop ;; label = @1
      memory.size
      call 1
      i64.store32 offset=8637 align=1
      i64.const -17592186044416
      memory.size
      f32.const 0x1.f8p-144 (;=0.000000000000000000000000000000000000000000088;)
      i64.trunc_sat_f32_u
      loop ;; label = @2
        nop
        i64.const -64
        i64.extend8_s
        i64.eqz
        call 16
        i64.const 0
        f64.reinterpret_i64
        global.get 0
        local.get 2
        i64.load16_s offset=64882 align=1
        call 3
        loop ;; label = @3
          loop ;; label = @4
            call 17
            block (result funcref) ;; label = @5
              br 5
              local.get 1
              global.get 0
              i32.const -1073741825
              i64.extend_i32_u
              call 15
              i64.const 35184372088831
              i64.shl
              i64.eqz
              i32.load8_u offset=44548
              br 2 (;@3;)
              f32.load offset=77729488 align=2
              i64.trunc_sat_f32_u
              loop ;; label = @6
                global.get 0
                memory.size
                i64.load16_u offset=23267744
                f64.convert_i64_s
                f64.nearest
                i32.const -1202471846
                i32.extend8_s
                f32.convert_i32_u
                i64.trunc_sat_f32_u
                i64.clz
                global.get 0
                call 2
                call 15
                call 17
                loop ;; label = @7
                  f64.const -0x1p+897 (;=-1056589062271330500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                  i64.const 0
                  i32.const 316167447
                  br_table 0 (;@7;) 1 (;@6;) 3 (;@4;) 4 (;@3;) 5 (;@2;) 6 (;@1;) 7 3 (;@4;)
                  loop (result f32) ;; label = @8
                    loop (result f64) ;; label = @9
                      memory.size
                      br 8 (;@1;)
                      call 20
                      i32.load8_s offset=29279
                      i32.clz
                      br_table 0 (;@9;) 1 (;@8;) 2 (;@7;) 3 (;@6;) 5 (;@4;) 6 (;@3;) 7 (;@2;) 8 (;@1;) 9 8 (;@1;)
                      return
                      call 2
                      loop (result i32) ;; label = @10
                        f64.const -0x1.126861022382ap-425 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000012371097196136994;)
                        br 0 (;@10;)
                        i64.reinterpret_f64
                        i64.extend16_s
                        f64.convert_i64_u
                        call 16
                        call 15
                        f64.sqrt
                        i64.trunc_sat_f64_u
                        local.tee 0
                        i32.const -2
                        local.get 2
                        i64.extend_i32_s
                        global.get 3
                        i64.xor
                        global.set 3
                        global.get 2
                        i32.xor
                        global.set 2
                        global.get 3
                        i64.xor
                        global.set 3
                        i32.const 4
                      end
                      global.get 2
                      i32.xor
                      global.set 2
                      global.get 3
                      i64.xor
                      global.set 3
                      f64.const nan:0xfffffffffffff (;=NaN;)
                    end
                    i64.reinterpret_f64
                    global.get 4
                    i64.xor
                    global.set 4
                    f32.const -0x1.fffffep+127 (;=-340282350000000000000000000000000000000;)
                  end
                  i32.reinterpret_f32
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 3
                  i64.xor
                  global.set 3
                  i64.reinterpret_f64
                  global.get 4
                  i64.xor
                  global.set 4
                end
                global.get 3
                i64.xor
                global.set 3
                drop
                global.get 3
                i64.xor
                global.set 3
                i64.reinterpret_f64
                global.get 4
                i64.xor
                global.set 4
                drop
              end
              global.get 3
              i64.xor
              global.set 3
              drop
              global.get 2
              i32.xor
              global.set 2
              ref.null func
            end
            drop
          end
        end
        drop
        i64.reinterpret_f64
        global.get 4
        i64.xor
        global.set 4
        global.get 2
        i32.xor
        global.set 2
      end
      global.get 3
      i64.xor
      global.set 3
      global.get 2
      i32.xor
      global.set 2
      drop
    end
    global.get 3
    i64.xor
    global.set 3
  )
  (func (;17;) (type 61))
  (func (;18;) (type 62)
    (local i64 i64 i32)
    call 19
    call 1
    i32.wrap_i64
    memory.grow
    i64.const 3
    f64.reinterpret_i64
    call 19
    i32.trunc_f64_s
    local.set 2
    local.tee 2
    i32.load offset=21468 align=1
    f64.const -nan:0xfffffffffbfff (;=NaN;)
    br 0
    call 20
    i64.trunc_f64_u
    br 0
    f32.const 0x1.45b73p-26 (;=0.000000018959142;)
    i64.trunc_f32_s
    i64.or
    nop
    call 17
    i64.const 4778065169104697548
    i64.ge_s
    block ;; label = @1
      loop (result i32) ;; label = @2
        loop ;; label = @3
        end
        i64.const 144115188075855872
        i64.const -7517852879633312486
        i64.div_s
        i64.extend32_s
        i64.extend16_s
        i32.const 0
        i64.extend_i32_u
        i64.add
        i64.clz
        f64.const 0x1.b3d1fa2aaab01p+11 (;=3486.5617879232163;)
        f64.ceil
        local.get 1
        i64.extend32_s
        f32.convert_i64_u
        f32.nearest
        i64.const 1768007661398688104
        block (result i32) ;; label = @3
          global.get 0
          br 3
          global.get 0
          f64.const -nan:0xff7ffffffffff (;=NaN;)
          f64.neg
          i32.const 65537
          i32.extend8_s
          i32.const -65
          i32.eqz
          global.get 0
          br 1 (;@2;)
          f64.const -0x1.3ca738a487317p-803 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000023187685899446056;)
          f32.demote_f64
          global.get 0
          br 3
          block ;; label = @4
            call 1
            loop ;; label = @5
              ref.null func
              f32.const -0x1.fdfdfcp+126 (;=-169473950000000000000000000000000000000;)
              i64.trunc_sat_f32_s
              memory.size
              loop ;; label = @6
                block (result funcref) ;; label = @7
                  block ;; label = @8
                    br 6 (;@2;)
                    memory.size
                    i64.load32_s offset=32753 align=1
                    f64.const -nan:0xfffc000000000 (;=NaN;)
                    ref.null func
                    nop
                    loop ;; label = @9
                      local.get 0
                      i64.const 5978951965290844518
                      global.get 0
                      i64.const -8640711005458391215
                      f64.const 0x1.fffffffep-1043 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000021219957905;)
                      f64.nearest
                      br 7 (;@2;)
                      memory.size
                      br_if 4 (;@5;)
                      f64.trunc
                      call 15
                      local.get 0
                      f32.convert_i64_u
                      global.get 0
                      memory.size
                      i32.load offset=47881 align=2
                      f64.convert_i32_s
                      f64.sqrt
                      f64.floor
                      loop ;; label = @10
                        i32.const 4096
                        f32.convert_i32_s
                        block (result i32) ;; label = @11
                          block ;; label = @12
                            f32.const -0x1.7ed43p-120 (;=-0.0000000000000000000000000000000000011250329;)
                            i32.const 65537
                            global.get 0
                            memory.size
                            if (result f64) ;; label = @13
                              i64.const 70368744177663
                              i64.clz
                              local.set 0
                              call 1
                              f64.convert_i64_u
                              ref.null func
                              block (result f64) ;; label = @14
                                block ;; label = @15
                                  local.get 2
                                  f32.convert_i32_u
                                  f64.promote_f32
                                  local.get 0
                                  i64.extend32_s
                                  i64.const -848296133563096509
                                  i64.le_s
                                  f32.load offset=3777 align=1
                                  i32.reinterpret_f32
                                  global.get 1
                                  i32.xor
                                  global.set 1
                                  i64.reinterpret_f64
                                  global.get 4
                                  i64.xor
                                  global.set 4
                                end
                                f64.const 0x1.a1030323808c5p+614 (;=110745396357725060000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                              end
                              i64.reinterpret_f64
                              global.get 4
                              i64.xor
                              global.set 4
                              drop
                              call 20
                            else
                              f64.const 0x1.3533804bc8ef2p-131 (;=0.0000000000000000000000000000000000000004436819288532187;)
                            end
                            i64.reinterpret_f64
                            global.get 4
                            i64.xor
                            global.set 4
                            drop
                            global.get 2
                            i32.xor
                            global.set 2
                            i32.reinterpret_f32
                            global.get 1
                            i32.xor
                            global.set 1
                          end
                          i32.const -1248686256
                        end
                        global.get 2
                        i32.xor
                        global.set 2
                        i32.reinterpret_f32
                        global.get 1
                        i32.xor
                        global.set 1
                      end
                      i64.reinterpret_f64
                      global.get 4
                      i64.xor
                      global.set 4
                      drop
                      i32.reinterpret_f32
                      global.get 1
                      i32.xor
                      global.set 1
                      i64.reinterpret_f64
                      global.get 4
                      i64.xor
                      global.set 4
                      global.get 3
                      i64.xor
                      global.set 3
                      drop
                      global.get 3
                      i64.xor
                      global.set 3
                      global.get 3
                      i64.xor
                      global.set 3
                    end
                    drop
                    i64.reinterpret_f64
                    global.get 4
                    i64.xor
                    global.set 4
                    global.get 3
                    i64.xor
                    global.set 3
                  end
                  ref.null func
                end
                drop
              end
              global.get 2
              i32.xor
              global.set 2
              global.get 3
              i64.xor
              global.set 3
              drop
            end
            global.get 3
            i64.xor
            global.set 3
          end
          drop
          i32.reinterpret_f32
          global.get 1
          i32.xor
          global.set 1
          drop
          i32.const -2071286015
          i32.xor
          global.set 2
          global.get 2
          i32.xor
          global.set 2
          i64.reinterpret_f64
          global.get 4
          i64.xor
          global.set 4
          drop
          drop
          i32.const 0
        end
        global.get 2
        i32.xor
        global.set 2
        global.get 3
        i64.xor
        global.set 3
        i32.reinterpret_f32
        global.get 1
        i32.xor
        global.set 1
        i64.reinterpret_f64
        global.get 4
        i64.xor
        global.set 4
        global.get 3
        i64.xor
        global.set 3
        i32.const 0
      end
      global.get 2
      i32.xor
      global.set 2
    end
    global.get 2
    i32.xor
    global.set 2
    global.get 2
    i32.xor
    global.set 2
  )
  (func (;19;) (type 108)
    (local i64 i64)
    i64.const 8
    i64.const 50331699
    i64.const 7
    i64.const 50331725
    i64.const 0
    i64.const 3
    i64.const 3
    call 13
    drop
    nop
    local.get 0
    call 14
  )
  (func (;20;) (type 108))
  (func (;21;) (type 108)
    (local i64 i64)
    i64.const 8
    i64.const 50331658
    call 8
    local.set 0
    local.get 0
    i64.const 33
    i64.const 50331964
    i64.const 2
    i64.const 50331821
    i64.const 10
    i64.const 50331648
    i64.const 2
    i64.const 50331715
    call 12
    i64.const 2
    i64.const 0
    i64.const 50331744
    call 0
    i64.const 0
    drop
    local.get 0
    i64.const 13
    i64.const 50331666
    call 9
    local.get 0
    i64.const 32
    i64.const 0
    call 11
  )
  (data (;0;) (i32.const 50331648) "wce.nearbob.nearcontract.neara1")
)
