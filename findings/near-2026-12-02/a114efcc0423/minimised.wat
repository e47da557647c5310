(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func))
  (type (;3;) (func))
  (type (;4;) (func))
  (import "env" "epoch_height" (func (;0;) (type 0) (result i64)))
  (import "env" "used_gas" (func (;1;) (type 1) (result i64)))
  (memory (;0;) 2 2)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "main" (func 2))
  (elem (;0;) func)
  (elem (;1;) declare func)
  (elem (;2;) declare func)
  (func (;2;) (type 2)
    f64.const 0x1.ffcp-1064 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010114;)
    loop (result i64) ;; label = @1
      loop ;; label = @2
      end
      nop
      loop (result f64) ;; label = @2
        i64.const 1
        f32.const -0x1.520be8p+11 (;=-2704.372;)
        f64.const 0x1.58b769749611ap+659 (;=3220988612906076500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        loop ;; label = @3
          i32.const 33554432
          memory.grow
          i32.extend16_s
          i64.extend_i32_u
          loop ;; label = @4
            loop ;; label = @5
              f64.const 0x1.52cb6b17152f3p-736 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003661168432929157;)
              call 0
              memory.size
              memory.grow
              f32.load offset=37319
              f32.abs
              i64.trunc_sat_f32_s
              i64.ne
              i32.load16_u offset=12616
              loop (result f64) ;; label = @6
                elem.drop 2
                block ;; label = @7
                  elem.drop 1
                end
                call 3
                call 2
                i64.const 0
                i64.eqz
                i64.load16_u offset=53643 align=1
                f64.const 0x1.db992b29dadaap-140 (;=0.0000000000000000000000000000000000000000013329103765331035;)
                i64.const -7690151222051047948
                f64.const 0x1.6324948d7736bp+91 (;=3434731291747008000000000000;)
                br 1 (;@5;)
                loop (result i64) ;; label = @7
                  f32.const 0x1.p-139 (;=0.000000000000000000000000000000000000000001435;)
                  elem.drop 0
                  i32.reinterpret_f32
                  br 7
                  i64.load8_u offset=120622
                  loop ;; label = @8
                    memory.size
                    i64.extend_i32_s
                    i64.extend16_s
                    f32.const 0x1.ffffcp-131 (;=0.000000000000000000000000000000000000000734683;)
                    i64.const 0
                    i32.const 0
                    i64.load offset=95485
                    i64.extend32_s
                    f32.const 0x1.p-129 (;=0.000000000000000000000000000000000000001469368;)
                    loop (result i32) ;; label = @9
                      loop ;; label = @10
                        f32.const -0x1.5fb724p+48 (;=-386715160000000;)
                        loop ;; label = @11
                          br 1 (;@10;)
                          block (result i32) ;; label = @12
                            memory.size
                          end
                          i32.const -256
                          i64.extend_i32_u
                          i64.store16 offset=28581 align=1
                          i32.const 1
                          f64.convert_i32_u
                          br 5 (;@6;)
                          f64.ceil
                          loop ;; label = @12
                            block ;; label = @13
                            end
                          end
                          i64.reinterpret_f64
                          global.get 0
                          i64.xor
                          global.set 0
                        end
                        i32.reinterpret_f32
                        global.get 1
                        i32.xor
                        global.set 1
                      end
                      i32.const 0
                    end
                    global.get 2
                    i32.xor
                    global.set 2
                    i32.reinterpret_f32
                    global.get 1
                    i32.xor
                    global.set 1
                    global.get 3
                    i64.xor
                    global.set 3
                    global.get 3
                    i64.xor
                    global.set 3
                    i32.reinterpret_f32
                    global.get 1
                    i32.xor
                    global.set 1
                    global.get 3
                    i64.xor
                    global.set 3
                  end
                end
                i64.const 0
                i64.xor
                global.set 3
                i64.reinterpret_f64
                global.get 0
                i64.xor
                global.set 0
                global.get 3
                i64.xor
                global.set 3
                i64.reinterpret_f64
                global.get 0
                i64.xor
                global.set 0
                global.get 3
                i64.xor
                global.set 3
                f64.const -nan:0xfffffffffe000 (;=NaN;)
              end
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
              global.get 2
              i32.xor
              global.set 2
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
            end
          end
          global.get 3
          i64.xor
          global.set 3
        end
        i64.reinterpret_f64
        global.get 0
        i64.xor
        global.set 0
        i32.reinterpret_f32
        global.get 1
        i32.xor
        global.set 1
        i64.const 1
        i64.xor
        global.set 3
        f64.const 0x1.cc980ae1371cfp-627 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000032305089638751476;)
      end
      i64.reinterpret_f64
      global.get 0
      i64.xor
      global.set 0
      i64.const 4573804049351021870
    end
    global.get 3
    i64.xor
    global.set 3
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
  )
  (func (;3;) (type 3)
    call 4
    f64.const 0x1.218fc62cf9281p-409 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000085552519183565;)
    f64.const -nan:0xffffff8000000 (;=NaN;)
    i64.const 0
    i64.clz
    br 0
    f64.convert_i64_u
    loop (result f32) ;; label = @1
      br 0 (;@1;)
      br 0 (;@1;)
      f64.const -nan:0xfffffffffff80 (;=NaN;)
      f64.floor
      elem.drop 1
      call 3
      i64.const -110719322359064453
      f64.const 0x1.abb28191333ep+941 (;=31054350647153754000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      block ;; label = @2
        loop (result i32) ;; label = @3
          i64.const 0
          i64.const -1506715304087032403
          f64.const 0x1.bf9063776dd87p+487 (;=698591161774608500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          block (result f64) ;; label = @4
            i64.const -4933520690741970593
            memory.size
            f64.load offset=121822 align=1
            f64.nearest
            elem.drop 2
            br 0 (;@4;)
            memory.size
            i32.const 328530485
            br_if 4
            i64.extend_i32_u
            i32.wrap_i64
            br_table 1 (;@3;) 2 (;@2;) 3 (;@1;) 4 1 (;@3;)
            i64.ctz
            i64.const 0
            f64.convert_i64_u
            f64.sqrt
            f64.ceil
            br 1 (;@3;)
            i64.reinterpret_f64
            i64.gt_s
            i64.load32_u offset=74192
            call 0
            block (result i32) ;; label = @5
              loop (result f64) ;; label = @6
                f64.const 0x1.7cd821566941p+306 (;=193948364083269400000000000000000000000000000000000000000000000000000000000000000000000000000;)
                loop (result i32) ;; label = @7
                  i32.const 0
                  br_table 0 (;@7;) 1 (;@6;) 4 (;@3;) 5 (;@2;) 6 (;@1;) 7 0 (;@7;)
                  nop
                  call 3
                  elem.drop 1
                  loop ;; label = @8
                    br 1 (;@7;)
                    br 0 (;@8;)
                    i32.const 0
                    block ;; label = @9
                      elem.drop 2
                      elem.drop 2
                      memory.size
                      f64.convert_i32_s
                      f32.const 0x1.fffffep-120 (;=0.0000000000000000000000000000000000015046327;)
                      f32.trunc
                      memory.size
                      i32.load offset=72884 align=1
                      loop ;; label = @10
                        block ;; label = @11
                          i64.const 1
                          f32.const -0x1.41adbap-5 (;=-0.03926741;)
                          i32.reinterpret_f32
                          br_table 0 (;@11;) 1 (;@10;) 2 (;@9;) 3 (;@8;) 4 (;@7;) 5 (;@6;) 8 (;@3;) 9 (;@2;) 10 (;@1;) 11 2 (;@9;)
                          i64.const 0
                          i64.and
                          global.get 2
                          global.set 2
                          global.get 3
                          i64.xor
                          global.set 3
                        end
                      end
                      i32.const 1
                      i32.xor
                      global.set 2
                      i32.reinterpret_f32
                      global.get 1
                      i32.xor
                      global.set 1
                      i64.reinterpret_f64
                      global.get 0
                      i64.xor
                      global.set 0
                    end
                    global.get 2
                    i32.xor
                    global.set 2
                  end
                  i32.const 0
                end
                global.get 2
                i32.xor
                global.set 2
              end
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
              i32.const 131070
            end
            global.get 2
            i32.xor
            global.set 2
            global.get 3
            i64.xor
            global.set 3
            global.get 3
            i64.xor
            global.set 3
            f64.const 0x1.fffep-1059 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000323786;)
          end
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
          global.get 3
          i64.xor
          global.set 3
          global.get 3
          i64.xor
          global.set 3
          i32.const -2071286015
        end
        global.get 2
        i32.xor
        global.set 2
      end
      i64.reinterpret_f64
      global.get 0
      i64.xor
      global.set 0
      global.get 3
      i64.xor
      global.set 3
      i64.reinterpret_f64
      global.get 0
      i64.xor
      global.set 0
      f32.const -nan:0x7fffbf (;=NaN;)
    end
    i32.reinterpret_f32
    global.get 1
    i32.xor
    global.set 1
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
  )
  (func (;4;) (type 4)
    (local i64)
    call 4
    br 0
    i32.const 0
    i32.extend16_s
    f32.const 0x1.p-127 (;=0.000000000000000000000000000000000000005877472;)
    i32.const -32769
    i64.extend_i32_u
    local.set 0
    call 3
    i64.const -1039078342150398987
    loop (result f32) ;; label = @1
      i32.const -128
      br 1
      i64.load8_s offset=131072
      block (result i32) ;; label = @2
        i64.const 0
        f64.const 0x1.90368091c3cc9p-114 (;=0.00000000000000000000000000000000007527168036303166;)
        block (result f64) ;; label = @3
          br 2 (;@1;)
          call 3
          i32.const 0
          i64.load8_u offset=99282
          f64.convert_i64_u
          i64.reinterpret_f64
          i64.popcnt
          i32.wrap_i64
          i64.const 0
          i64.store8 offset=73680
          i64.const 5426208913076093713
          loop (result f64) ;; label = @4
            br 4
            br 3 (;@1;)
            elem.drop 2
            i32.const -3
            loop ;; label = @5
              call 1
              i64.eqz
              i32.load offset=81135 align=2
              elem.drop 1
              i32.extend8_s
              call 0
              memory.size
              f32.convert_i32_u
              block (result f64) ;; label = @6
                memory.size
                i64.load16_s offset=33937
                local.tee 0
                memory.size
                br 6
                i64.load offset=108368 align=4
                local.set 0
                local.get 0
                memory.size
                i32.eqz
                if (result f32) ;; label = @7
                  f32.const -nan:0x780000 (;=NaN;)
                else
                  memory.size
                  memory.grow
                  f64.load offset=83881 align=2
                  i32.trunc_sat_f64_u
                  i64.const 0
                  f64.const 0x1.p-1055 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002590327;)
                  memory.size
                  br 7
                  memory.size
                  loop ;; label = @8
                    br 0 (;@8;)
                    elem.drop 1
                    f32.const 0x1.p-140 (;=0.000000000000000000000000000000000000000000717;)
                    i32.trunc_sat_f32_s
                    br 7 (;@1;)
                    br_table 0 (;@8;) 3 (;@5;) 4 (;@4;) 7 (;@1;) 8 3 (;@5;)
                    nop
                    f64.const -0x1.e78d93244b8c4p+727 (;=-1344586476875335100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                    i32.trunc_f64_u
                    f64.const 0x1.5555555555555p+342 (;=11945305291614955000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                    f64.ceil
                    i64.trunc_f64_s
                    i64.extend32_s
                    f64.reinterpret_i64
                    i64.const 0
                    i64.popcnt
                    memory.size
                    f64.convert_i32_s
                    local.get 0
                    local.tee 0
                    f32.const -0x1.153e46p-35 (;=-0.00000000003151891;)
                    i64.const 0
                    f64.convert_i64_u
                    i64.trunc_sat_f64_s
                    f64.reinterpret_i64
                    block (result f64) ;; label = @9
                      call 3
                      nop
                      memory.size
                      br_table 1 (;@8;) 4 (;@5;) 5 (;@4;) 8 (;@1;) 9 4 (;@5;)
                      f32.const 0x1.p-131 (;=0.000000000000000000000000000000000000000367342;)
                      return
                      i64.trunc_f32_s
                      local.set 0
                      f64.const 0x1p+1 (;=2;)
                    end
                    i64.reinterpret_f64
                    global.get 0
                    i64.xor
                    global.set 0
                    i64.reinterpret_f64
                    global.get 0
                    i64.xor
                    global.set 0
                    i32.reinterpret_f32
                    global.get 1
                    i32.xor
                    global.set 1
                    global.get 3
                    i64.xor
                    global.set 3
                    i64.reinterpret_f64
                    i64.const -2199143712188096351
                    i64.xor
                    global.set 0
                    drop
                    i64.reinterpret_f64
                    global.get 0
                    i64.xor
                    global.set 0
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
                  i64.reinterpret_f64
                  global.get 0
                  i64.xor
                  global.set 0
                  global.get 3
                  i64.xor
                  global.set 3
                  global.get 2
                  i32.xor
                  global.set 2
                  f32.const 0x1.p-133 (;=0.000000000000000000000000000000000000000091835;)
                end
                i32.reinterpret_f32
                global.get 1
                i32.xor
                global.set 1
                global.get 3
                i64.xor
                global.set 3
                global.get 3
                i64.xor
                global.set 3
                f64.const -nan:0xfffffffffc000 (;=NaN;)
              end
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
              i32.reinterpret_f32
              global.get 1
              i32.xor
              global.set 1
              global.get 3
              i64.xor
              global.set 3
              global.get 2
              i32.xor
              global.set 2
            end
            global.get 2
            i32.xor
            global.set 2
            f64.const 0x1.ffffp-1058 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000647577;)
          end
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
          global.get 3
          i64.xor
          global.set 3
          f64.const -0x1.6d14477c2ad8ap-279 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000014681767874371174;)
        end
        i64.reinterpret_f64
        global.get 0
        i64.xor
        global.set 0
        i64.reinterpret_f64
        global.get 0
        i64.xor
        global.set 0
        global.get 3
        i64.xor
        global.set 3
        i32.const 1073741824
      end
      global.get 2
      i32.xor
      global.set 2
      global.get 3
      i64.xor
      global.set 3
      f32.const -0x1.873392p-9 (;=-0.0029846302;)
    end
    i32.reinterpret_f32
    global.get 1
    i32.xor
    global.set 1
    global.get 3
    i64.xor
    global.set 3
    i32.reinterpret_f32
    global.get 1
    i32.xor
    global.set 1
    global.get 2
    i32.xor
    global.set 2
  )
)
