(module
  (type (;0;) (func (param i64) (result i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func (param i64)))
  (type (;5;) (func (result i64)))
  (type (;6;) (func (result i64)))
  (type (;7;) (func (param i64 i64 i64)))
  (type (;8;) (func))
  (type (;9;) (func))
  (type (;10;) (func))
  (type (;11;) (func))
  (type (;12;) (func))
  (import "env" "register_len" (func (;0;) (type 0) (param i64) (result i64)))
  (import "env" "current_account_id" (func (;1;) (type 1) (param i64)))
  (import "env" "epoch_height" (func (;2;) (type 2) (result i64)))
  (import "env" "account_balance" (func (;3;) (type 3) (param i64)))
  (import "env" "account_locked_balance" (func (;4;) (type 4) (param i64)))
  (import "env" "prepaid_gas" (func (;5;) (type 5) (result i64)))
  (memory (;0;) 2)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 6))
  (elem (;0;) declare func)
  (func (;6;) (type 9)
    i32.const -513
    memory.grow
    block (result i64) ;; label = @1
      block (result i32) ;; label = @2
        f64.const 0x1.a880dd5c63093p+841 (;=24314622893983430000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        i64.const 16
        block ;; label = @3
          i64.const 3547902452799557594
          i64.const 1
          f32.const 0x1.1f284p+20 (;=1176196;)
          f32.floor
          call 2
          f64.const -0x1.206d087a8d345p-917 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010169234994411373;)
          i64.trunc_sat_f64_s
          i64.shr_u
          i64.const -5398807873158847752
          i64.lt_u
          f32.convert_i32_s
          i64.trunc_sat_f32_u
          i64.ctz
          i64.eqz
          if ;; label = @4
            block ;; label = @5
            end
            f64.const 0x1.fffffffep-1043 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000021219957905;)
            f64.const 0x1p-1015 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002848094538889218;)
            i64.const -9159080123644874246
            block ;; label = @5
              call 9
              loop ;; label = @6
                br 6
                i32.const 0
                loop (result i32) ;; label = @7
                  loop ;; label = @8
                    f32.const -0x1.ac0954p-78 (;=-0.0000000000000000000000055322413;)
                    f32.floor
                    br 4 (;@4;)
                    f32.abs
                    f32.floor
                    f32.const -nan:0x7ffffe (;=NaN;)
                    f32.abs
                    f32.ne
                    block (result i64) ;; label = @9
                      f64.const 0x1.p-1071 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004;)
                      i64.trunc_sat_f64_u
                      i64.clz
                      br 3 (;@6;)
                      i64.eqz
                      memory.size
                      i64.load8_s offset=9441
                      f32.const -0x1.85fbb8p-12 (;=-0.00037191703;)
                      i64.const 0
                      i32.const 2047
                      br_if 9
                      i64.extend32_s
                      f64.convert_i64_u
                      f64.floor
                      i64.const 2682396126599564881
                      f32.const 0x1.1e3c46p-54 (;=0.00000000000000006206742;)
                      i32.const -131072
                      memory.size
                      i32.ctz
                      f32.reinterpret_i32
                      call 8
                      f32.neg
                      f32.neg
                      f32.neg
                      br 1 (;@8;)
                      i32.trunc_sat_f32_u
                      br 3 (;@6;)
                      i64.const 0
                      call 1
                      i32.add
                      f32.load offset=105643
                      f32.ceil
                      f32.add
                      loop ;; label = @10
                      end
                      f32.nearest
                      loop (result f32) ;; label = @10
                        loop (result i64) ;; label = @11
                          memory.size
                          memory.size
                          f32.const 0x1.9edb76p+17 (;=212406.92;)
                          f32.neg
                          call 6
                          i64.const 1517973505069996026
                          i64.extend8_s
                          f64.convert_i64_s
                          i64.const 0
                          loop (result f64) ;; label = @12
                            loop (result i32) ;; label = @13
                              block ;; label = @14
                                memory.size
                                global.get 0
                                global.set 0
                                global.get 0
                                i32.xor
                                global.set 0
                              end
                              i32.const -536870913
                            end
                            global.get 0
                            i32.xor
                            global.set 0
                            f64.const -nan:0xfffffffff0000 (;=NaN;)
                          end
                          i64.reinterpret_f64
                          global.get 1
                          i64.xor
                          global.set 1
                          global.get 2
                          i64.xor
                          global.set 2
                          i64.reinterpret_f64
                          global.get 1
                          i64.xor
                          global.set 1
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                          global.get 0
                          i32.xor
                          global.set 0
                          global.get 0
                          i32.xor
                          global.set 0
                          i64.const -4960190769615958501
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                        f32.const -0x1.c22e6cp+34 (;=-30211158000;)
                      end
                      i32.reinterpret_f32
                      global.get 3
                      i32.xor
                      global.set 3
                      i32.reinterpret_f32
                      i32.const 0
                      i32.xor
                      global.set 3
                      global.get 2
                      i64.xor
                      global.set 2
                      i64.reinterpret_f64
                      i64.const 1
                      i64.xor
                      global.set 1
                      i32.reinterpret_f32
                      global.get 3
                      i32.xor
                      global.set 3
                      global.get 2
                      i64.xor
                      global.set 2
                      global.get 0
                      i32.xor
                      global.set 0
                      i64.const 360043423514240919
                    end
                    global.get 2
                    i64.xor
                    global.set 2
                    global.get 0
                    i32.xor
                    global.set 0
                  end
                  i32.const 0
                end
                global.get 0
                i32.xor
                global.set 0
                global.get 0
                i32.xor
                global.set 0
              end
            end
            global.get 2
            i64.xor
            global.set 2
            i64.reinterpret_f64
            global.get 1
            i64.xor
            global.set 1
            i64.reinterpret_f64
            global.get 1
            i64.xor
            global.set 1
          end
          i32.reinterpret_f32
          global.get 3
          i32.xor
          global.set 3
          global.get 2
          i64.xor
          global.set 2
          global.get 2
          i64.xor
          global.set 2
        end
        i64.const 1
        i64.xor
        global.set 2
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
        i32.const -1826499012
      end
      global.get 0
      i32.xor
      global.set 0
      i64.const 0
    end
    global.get 2
    i64.xor
    global.set 2
    global.get 0
    i32.xor
    global.set 0
  )
  (func (;7;) (type 10)
    (local i64)
    elem.drop 0
    call 9
    block ;; label = @1
      f64.const 0x1.0cf6d28efd6edp+295 (;=66881060869752780000000000000000000000000000000000000000000000000000000000000000000000000;)
      f64.const -nan:0xffffffffffbff (;=NaN;)
      f32.const 0x1.65c5cap+96 (;=110725260000000000000000000000;)
      i32.reinterpret_f32
      loop (result i64) ;; label = @2
        return
        elem.drop 0
        f64.const 0x1.b05999c9c2502p-279 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000017387082332676387;)
        br 2
        i64.reinterpret_f64
        block (result f64) ;; label = @3
          br 1 (;@2;)
          call 9
          local.get 0
          nop
          f64.const nan:0xfffffffffffff (;=NaN;)
          f64.const -0x1.1102a72a26098p+266 (;=-126449761367372520000000000000000000000000000000000000000000000000000000000000000;)
          f64.const 0x1.5724cf742191cp-303 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000822521943143695;)
          f64.const 0x1.c60a50e2b6452p-827 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000019817461328509124;)
          f64.mul
          f64.const 0x1.p-1038 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000339519326554;)
          i64.const -7553871007697140509
          f64.const -0x1.d71e4f60afd6bp+591 (;=-14914803544786969000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          return
          f32.const -0x1.2e24d2p+87 (;=-182634740000000000000000000;)
          f32.neg
          i64.trunc_f32_u
          i64.const 8939592948524506120
          local.set 0
          i32.const -1538828778
          br 1 (;@2;)
          i64.load8_s offset=104986
          i64.extend16_s
          nop
          i64.const -6191635548750104713
          i64.le_u
          i32.load8_u offset=81618
          i64.load32_u offset=3858 align=1
          i64.shl
          br 1 (;@2;)
          call 0
          i64.ctz
          local.get 0
          i64.le_u
          i32.load offset=73722 align=1
          if (result i64) ;; label = @4
            local.get 0
            f32.convert_i64_s
            loop ;; label = @5
              br 4 (;@1;)
              br 0 (;@5;)
              f32.const -0x1.4aa8e6p+54 (;=-23268112000000000;)
              block (result f64) ;; label = @6
                f32.const -0x1.19e1f8p-108 (;=-0.0000000000000000000000000000000033930395;)
                memory.size
                i32.eqz
                i64.load16_s offset=63228
                br 6
                i64.extend16_s
                i64.extend32_s
                f32.const -0x1.170f8ap-122 (;=-0.00000000000000000000000000000000000020502142;)
                br 5 (;@1;)
                i64.trunc_f32_u
                i64.extend8_s
                i64.or
                memory.size
                f64.load offset=125782 align=2
                f32.const 0x1.0002p-132 (;=0.000000000000000000000000000000000000000183677;)
                loop (result f64) ;; label = @7
                  call 2
                  loop ;; label = @8
                    local.get 0
                    i64.extend32_s
                    f32.const -0x1.785a7p+37 (;=-202053120000;)
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    global.get 2
                    i64.xor
                    global.set 2
                  end
                  global.get 2
                  i64.xor
                  global.set 2
                  f64.const -0x1.57347937e980cp+655 (;=-200429096511405600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                end
                i64.reinterpret_f64
                i64.const 1
                i64.xor
                global.set 1
                i32.reinterpret_f32
                global.get 3
                i32.xor
                global.set 3
                i64.reinterpret_f64
                global.get 1
                i64.xor
                global.set 1
                global.get 2
                i64.xor
                global.set 2
                i32.reinterpret_f32
                global.get 3
                i32.xor
                global.set 3
                f64.const -0x1.c4582999dec17p+270 (;=-3352185687593252800000000000000000000000000000000000000000000000000000000000000000;)
              end
              drop
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
            end
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
            i64.const 0
          else
            i64.const 1073741823
          end
          global.get 2
          i64.xor
          global.set 2
          i64.reinterpret_f64
          global.get 1
          i64.xor
          global.set 1
          global.get 2
          i64.xor
          global.set 2
          i64.reinterpret_f64
          global.get 1
          i64.xor
          global.set 1
          i64.reinterpret_f64
          global.get 1
          i64.xor
          global.set 1
          i64.reinterpret_f64
          global.get 1
          i64.xor
          global.set 1
          i64.reinterpret_f64
          global.get 1
          i64.xor
          global.set 1
          global.get 2
          i64.xor
          global.set 2
          f64.const 0x1p-52 (;=0.0000000000000002220446049250313;)
        end
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
      end
      global.get 2
      i64.xor
      global.set 2
      global.get 0
      i32.xor
      global.set 0
      i64.reinterpret_f64
      global.get 1
      i64.xor
      global.set 1
      i64.reinterpret_f64
      global.get 1
      i64.xor
      global.set 1
    end
  )
  (func (;8;) (type 11))
  (func (;9;) (type 12)
    block (result f64) ;; label = @1
      i64.const 0
      i64.clz
      call 7
      block ;; label = @2
        f32.const -0x1.28e78p+100 (;=-1470198900000000000000000000000;)
        f32.floor
        f32.sqrt
        i64.const 1
        f64.const 0x1.116c7fa81ff01p+295 (;=67990010254906100000000000000000000000000000000000000000000000000000000000000000000000000;)
        block (result i64) ;; label = @3
          return
          i32.const 0
          block (result i64) ;; label = @4
            elem.drop 0
            i32.const 1
            br 4
            i32.load16_s offset=91813 align=1
            block ;; label = @5
              i32.const 0
              f64.convert_i32_u
              loop (result f64) ;; label = @6
                i64.const 2408360901552105379
                call 5
                memory.size
                i32.load8_s offset=114339
                block (result i64) ;; label = @7
                  br 5 (;@2;)
                  call 6
                  br 1 (;@6;)
                  block (result i32) ;; label = @8
                    memory.size
                    nop
                    i32.eqz
                    if ;; label = @9
                      nop
                    else
                      i64.const 1
                      call 4
                      f32.const -nan:0x7ffffd (;=NaN;)
                      i64.trunc_f32_u
                      loop (result i32) ;; label = @10
                        loop ;; label = @11
                          i32.const 0
                          br_if 11
                          call 5
                          call 3
                          block ;; label = @12
                            call 7
                          end
                          f64.const -0x1.cca5ba34b8adp+672 (;=-35260276958932530000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                          f32.const nan (;=NaN;)
                          loop (result i64) ;; label = @12
                            loop ;; label = @13
                              f32.const 0x1.p-139 (;=0.000000000000000000000000000000000000000001435;)
                              br 1 (;@12;)
                              f32.nearest
                              i32.trunc_f32_s
                              i64.extend_i32_s
                              f64.reinterpret_i64
                              f64.abs
                              i64.trunc_f64_u
                              i64.eqz
                              i32.extend16_s
                              i32.load8_s offset=8940
                              block (result f32) ;; label = @14
                                block (result i64) ;; label = @15
                                  i64.const 0
                                  f32.const -0x1.d85776p+108 (;=-598764170000000000000000000000000;)
                                  i64.trunc_sat_f32_s
                                  block (result f64) ;; label = @16
                                    call 7
                                    i64.const 0
                                    loop ;; label = @17
                                      block ;; label = @18
                                        call 9
                                      end
                                    end
                                    global.get 2
                                    i64.xor
                                    global.set 2
                                    f64.const 0x0p+0 (;=0;)
                                  end
                                  i64.reinterpret_f64
                                  global.get 1
                                  i64.xor
                                  global.set 1
                                  global.get 2
                                  i64.xor
                                  global.set 2
                                end
                                i64.const 0
                                i64.xor
                                global.set 2
                                f32.const -0x1p+1 (;=-2;)
                              end
                              i32.reinterpret_f32
                              global.get 3
                              i32.xor
                              global.set 3
                              global.get 0
                              i32.xor
                              global.set 0
                            end
                            i64.const -3453536490162388092
                          end
                          global.get 2
                          i64.xor
                          global.set 2
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                          i64.reinterpret_f64
                          global.get 1
                          i64.xor
                          global.set 1
                        end
                        i32.const 0
                      end
                      global.get 0
                      i32.xor
                      global.set 0
                      global.get 2
                      i64.xor
                      global.set 2
                    end
                    i32.const 0
                  end
                  global.get 0
                  i32.xor
                  global.set 0
                  i64.const -4975678762445385310
                end
                global.get 2
                i64.xor
                global.set 2
                global.get 0
                i32.xor
                global.set 0
                global.get 2
                i64.xor
                global.set 2
                global.get 2
                i64.xor
                global.set 2
                f64.const 0x1.0001p-1057 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000064759;)
              end
              i64.reinterpret_f64
              global.get 1
              i64.xor
              global.set 1
              i64.reinterpret_f64
              global.get 1
              i64.xor
              global.set 1
            end
            global.get 0
            i32.xor
            global.set 0
            i64.const 0
          end
          i64.const -1249386416030521312
          i64.xor
          global.set 2
          global.get 0
          i32.xor
          global.set 0
          i64.const 0
        end
        global.get 2
        i64.xor
        global.set 2
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
        global.get 2
        i64.xor
        global.set 2
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
      end
      global.get 2
      i64.xor
      global.set 2
      f64.const 0x1.fffffffffff8p-1029 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000347667790391745;)
    end
    i64.reinterpret_f64
    global.get 1
    i64.xor
    global.set 1
  )
)
