(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func))
  (type (;5;) (func))
  (type (;6;) (func))
  (type (;7;) (func))
  (import "env" "current_account_id" (func (;0;) (type 0) (param i64)))
  (import "env" "epoch_height" (func (;1;) (type 1) (result i64)))
  (import "env" "prepaid_gas" (func (;2;) (type 2) (result i64)))
  (import "env" "random_seed" (func (;3;) (type 3) (param i64)))
  (memory (;0;) 2)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "callback" (func 7))
  (elem (;0;) declare func)
  (func (;4;) (type 4)
    i32.const -513
    memory.grow
    block (result i64) ;; label = @1
      block (result i32) ;; label = @2
        f64.const 0x1.2cc108fdf9acep+740 (;=6794668934916120000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        f64.abs
        i64.const 16
        block ;; label = @3
          i64.const 3547902452799557594
          i64.const -1594476879381769647
          f32.const 0x1.1f284p+20 (;=1176196;)
          f32.floor
          call 1
          f64.const -0x1.206d087a8d345p-917 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010169234994411373;)
          i64.trunc_sat_f64_s
          i64.shr_u
          i64.const -5398807873158847752
          i64.lt_u
          f64.load offset=3625423843 align=1
          f64.const 0x1.dc5ffa5c2dc11p-161 (;=0.0000000000000000000000000000000000000000000000006366190293780853;)
          f64.nearest
          f64.div
          br 0 (;@3;)
          call 7
          f64.abs
          f32.demote_f64
          f32.neg
          f32.add
          f32.floor
          f32.abs
          i32.const 0
          f64.convert_i32_s
          f32.demote_f64
          f32.sub
          f32.sqrt
          f32.neg
          f32.nearest
          f32.neg
          i32.trunc_sat_f32_s
          call 7
          block ;; label = @4
            i64.const 7726985383764501372
            br 4
            nop
            elem.drop 0
            f64.convert_i64_s
            f64.ceil
            f32.const -0x1.74e3ecp+69 (;=-859826540000000000000;)
            i64.trunc_f32_s
            f64.convert_i64_u
            f64.add
            f64.sqrt
            f32.demote_f64
            i64.trunc_sat_f32_s
            i32.const 0
            i32.load8_s offset=3434779995
            i64.load32_u offset=2853 align=1
            i64.extend8_s
            i64.div_s
            i64.const 1
            f64.convert_i64_u
            i64.reinterpret_f64
            i64.const 0
            f64.convert_i64_u
            i32.trunc_sat_f64_u
            f32.load offset=60841
            block ;; label = @5
              f64.const -nan:0xfffffffffffff (;=NaN;)
              f32.const -0x1.c5ca4p-26 (;=-0.000000026414057;)
              i32.const -1358102118
              i64.extend_i32_u
              block ;; label = @6
                call 5
                call 4
                f32.const 0x1.4c8394p-48 (;=0.0000000000000046145584;)
                f32.abs
                f32.abs
                i64.const 0
                i64.extend16_s
                call 4
                br 6
                f32.convert_i64_u
                f32.min
                f32.trunc
                i32.const 2048
                br 0 (;@6;)
                memory.size
                i32.le_u
                i32.load8_u offset=27572
                global.get 1
                i32.xor
                global.set 1
                i32.reinterpret_f32
                i32.const 87037813
                i32.xor
                global.set 0
              end
              global.get 2
              i64.xor
              global.set 2
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
            end
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            global.get 2
            i64.xor
            global.set 2
            global.get 2
            i64.xor
            global.set 2
          end
          global.get 1
          i32.xor
          global.set 1
          global.get 2
          i64.xor
          global.set 2
          global.get 2
          i64.xor
          global.set 2
        end
        global.get 2
        i64.xor
        global.set 2
        i64.reinterpret_f64
        i64.const 1
        i64.xor
        global.set 3
        i32.const -1199829040
      end
      global.get 1
      i32.xor
      global.set 1
      i64.const -5362199155020778425
    end
    global.get 2
    i64.xor
    global.set 2
    global.get 1
    i32.xor
    global.set 1
  )
  (func (;5;) (type 5))
  (func (;6;) (type 6)
    f32.const 0x1.p-144 (;=0.000000000000000000000000000000000000000000045;)
    elem.drop 0
    call 4
    f64.const 0x1p-52 (;=0.0000000000000002220446049250313;)
    br 0
    i32.const 0
    f64.const 0x0p+0 (;=0;)
    i32.trunc_f64_s
    f32.const -nan (;=NaN;)
    f32.ceil
    f32.sqrt
    i64.trunc_f32_s
    i64.const 0
    br 0
    i64.gt_u
    memory.fill
    i32.trunc_sat_f64_s
    br_table 0 0
    f32.floor
    f64.promote_f32
    call 6
    block (result f64) ;; label = @1
      i64.const 1
      block (result f32) ;; label = @2
        f64.const -0x1.aa772c80371f5p-327 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000060930589419117595;)
        loop ;; label = @3
          i32.const 0
          i64.load16_u offset=51790 align=1
          block (result i64) ;; label = @4
            i32.const 0
            i32.load16_s offset=93401 align=1
            i64.load8_u offset=124223
            loop (result i64) ;; label = @5
              br 2 (;@3;)
              i32.const 0
              br_if 2 (;@3;)
              call 6
              f32.const -0x1.f4fbecp-54 (;=-0.000000000000000108633603;)
              loop (result f32) ;; label = @6
                f64.const 0x1.48fa01450f01p-524 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000023399538423627414;)
                i64.const 139627968430579141
                i32.const 0
                i64.const 0
                i64.store offset=68230
                i64.ctz
                f32.convert_i64_u
                f64.const -nan:0xf000000000000 (;=NaN;)
                loop (result f64) ;; label = @7
                  i64.const 0
                  block (result i32) ;; label = @8
                    i32.const 0
                    br 1 (;@7;)
                    loop (result f64) ;; label = @9
                      f64.const 0x1.e2a67d9128163p-25 (;=0.000000056187896232660826;)
                    end
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                  end
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 2
                  i64.xor
                  global.set 2
                  f64.const 0x1.5555555555555p+342 (;=11945305291614955000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                end
                i64.reinterpret_f64
                global.get 3
                i64.xor
                global.set 3
                i64.reinterpret_f64
                global.get 3
                i64.xor
                global.set 3
                i32.reinterpret_f32
                global.get 0
                i32.xor
                global.set 0
                i64.reinterpret_f64
                global.get 3
                i64.xor
                global.set 3
                f32.const 0x1.fff8p-133 (;=0.00000000000000000000000000000000000000018366;)
              end
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
              i64.const 0
            end
            global.get 2
            i64.xor
            global.set 2
          end
          global.get 2
          i64.xor
          global.set 2
          global.get 2
          i64.xor
          global.set 2
        end
        i64.reinterpret_f64
        i64.const 0
        i64.xor
        global.set 3
        f32.const -nan:0x7fff7f (;=NaN;)
      end
      i32.reinterpret_f32
      global.get 0
      i32.xor
      global.set 0
      global.get 2
      i64.xor
      global.set 2
      f64.const -0x1.59ad7c8930da4p+616 (;=-367205099845043950000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
    end
    i64.reinterpret_f64
    global.get 3
    i64.xor
    global.set 3
    i64.reinterpret_f64
    global.get 3
    i64.xor
    global.set 3
  )
  (func (;7;) (type 7)
    (local i64)
    local.get 0
    f64.reinterpret_i64
    i64.const -536870912
    loop (result i32) ;; label = @1
      i64.const -137438953473
      local.set 0
      loop (result i64) ;; label = @2
        call 6
        f64.const 0x1.045f4252068b9p-424 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002347666098411194;)
        elem.drop 0
        i64.const 0
        br 2
        call 0
        f64.sqrt
        f64.neg
        i32.trunc_f64_s
        i64.load8_s offset=27202
        local.get 0
        i64.le_u
        f32.load offset=45902 align=2
        i32.trunc_f32_u
        i32.load8_u offset=111345
        memory.grow
        local.get 0
        i64.extend8_s
        br 0 (;@2;)
        call 3
        i64.load16_u offset=40218 align=1
        block (result i32) ;; label = @3
          f32.const -0x1.878c8ap+100 (;=-1938856600000000000000000000000;)
          f32.ceil
          f32.neg
          elem.drop 0
          memory.size
          i64.load offset=22797 align=2
          f32.convert_i64_u
          f32.trunc
          i32.const 0
          br 1 (;@2;)
          loop (result i32) ;; label = @4
            elem.drop 0
            call 6
            f32.const 0x1.ce8d08p+6 (;=115.637726;)
            loop ;; label = @5
            end
            i64.const 0
            br 4
            local.tee 0
            call 0
            f32.abs
            i32.const 1
            i64.load8_u offset=49497
            i64.extend8_s
            i64.extend8_s
            call 2
            i32.wrap_i64
            i32.load16_u offset=3911821651
            i32.load offset=54543 align=1
            memory.grow
            i32.load8_s offset=19729
            f32.const -0x1.32aeap-14 (;=-0.00007311872;)
            call 5
            i64.const 3569569391727438628
            loop (result f32) ;; label = @5
              call 4
              block ;; label = @6
                block ;; label = @7
                  br 1 (;@6;)
                  i32.const -1595424068
                  loop ;; label = @8
                    memory.size
                    i32.eqz
                    i64.load32_u offset=46217
                    f64.const -0x1.abe8b8721f8c9p+78 (;=-505185855882644500000000;)
                    local.get 0
                    f32.convert_i64_u
                    i64.trunc_f32_s
                    i32.const -67108864
                    i64.const 1
                    block ;; label = @9
                      memory.size
                      i32.ctz
                      elem.drop 0
                      i32.load8_s offset=1217
                      br_table 0 (;@9;) 1 (;@8;) 2 (;@7;) 3 (;@6;) 4 (;@5;) 5 (;@4;) 7 (;@2;) 8 (;@1;) 9 7 (;@2;)
                      i32.const 1
                      block ;; label = @10
                        elem.drop 0
                        br 1 (;@9;)
                        call 5
                        call 7
                        local.get 0
                        local.set 0
                        br 4 (;@6;)
                      end
                      i32.load16_s offset=118880
                      i32.load16_u offset=55823
                      f32.reinterpret_i32
                      f32.neg
                      memory.size
                      f64.convert_i32_u
                      block ;; label = @10
                        block ;; label = @11
                          elem.drop 0
                          loop (result f64) ;; label = @12
                            elem.drop 0
                            global.get 2
                            global.set 2
                            f64.const -nan:0xfff0000000000 (;=NaN;)
                          end
                          i64.reinterpret_f64
                          global.get 3
                          i64.xor
                          global.set 3
                          br 1 (;@10;)
                        end
                        loop ;; label = @11
                          elem.drop 0
                          loop (result f64) ;; label = @12
                            elem.drop 0
                            global.get 2
                            global.set 2
                            f64.const -nan:0xfff0000000000 (;=NaN;)
                          end
                          i64.reinterpret_f64
                          global.get 3
                          i64.xor
                          global.set 3
                        end
                      end
                      i64.reinterpret_f64
                      global.get 3
                      i64.xor
                      global.set 3
                      i32.reinterpret_f32
                      global.get 0
                      i32.xor
                      global.set 0
                    end
                    global.get 2
                    i64.xor
                    global.set 2
                    global.get 1
                    i32.xor
                    global.set 1
                    global.get 2
                    i64.xor
                    global.set 2
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    global.get 2
                    i64.xor
                    global.set 2
                  end
                  global.get 1
                  i32.xor
                  global.set 1
                end
              end
              f32.const 0x1.83dfe8p+49 (;=852945340000000;)
            end
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            global.get 2
            i64.xor
            global.set 2
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            global.get 1
            i32.xor
            global.set 1
            global.get 2
            i64.xor
            global.set 2
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            i32.const 1805968112
          end
          global.get 1
          i32.xor
          global.set 1
          global.get 1
          i32.xor
          global.set 1
          i32.reinterpret_f32
          global.get 0
          i32.xor
          global.set 0
          i32.reinterpret_f32
          global.get 0
          i32.xor
          global.set 0
          i32.const 1364982727
        end
        global.get 1
        i32.xor
        global.set 1
      end
      global.get 2
      i64.xor
      global.set 2
      i32.const 67108864
    end
    global.get 1
    i32.xor
    global.set 1
    global.get 2
    i64.xor
    global.set 2
    i64.reinterpret_f64
    global.get 3
    i64.xor
    global.set 3
  )
)
