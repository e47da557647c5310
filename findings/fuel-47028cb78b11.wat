(module
  (type (;0;) (func))
  (type (;1;) (func (param i64 i64 i64 i64 i64) (result i64)))
  (type (;2;) (func (result i64)))
  (import "env" "panic" (func (;0;) (type 0)))
  (import "env" "prepaid_gas" (func (;1;) (type 2) (result i64)))
  (memory (;0;) 3)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "11" (func 2))
  (elem (;0;) declare func)
  (elem (;1;) func)
  (elem (;2;) func)
  (func (;2;) (type 1) (param i64 i64 i64 i64 i64) (result i64)
    (local i64)
    f32.const 0x1.p-137 (;=0.00000000000000000000000000000000000000000574;)
    i32.reinterpret_f32
    memory.grow
    i64.const -2805019550056288069
    i64.const -3318285353916895149
    i64.const 0
    i64.div_s
    i32.const 0
    br_if 0
    local.set 3
    i64.clz
    f64.convert_i64_u
    i64.trunc_sat_f64_s
    f64.convert_i64_u
    block (result f32) ;; label = @1
      f64.const -0x1.b8875f24681a7p-174 (;=-0.00000000000000000000000000000000000000000000000000007186461293976417;)
      elem.drop 2
      i32.const 0
      loop ;; label = @2
        block ;; label = @3
          data.drop 0
          i64.const 0
          f32.const -0x1.3af362p+17 (;=-161254.77;)
          elem.drop 0
          f32.trunc
          block (result f64) ;; label = @4
            block (result i64) ;; label = @5
              block (result i64) ;; label = @6
                f32.const 0x1p-95 (;=0.00000000000000000000000000002524355;)
                call 1
                loop (result f32) ;; label = @7
                  i64.const 0
                  f64.convert_i64_u
                  f64.floor
                  f32.demote_f64
                  br 6 (;@1;)
                  block ;; label = @8
                    call 0
                    call 1
                    f64.convert_i64_u
                    memory.size
                    i64.load32_s offset=191906 align=2
                    f64.const -0x1.734c98c43c5fp+770 (;=-9007011484724237000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                    br 6 (;@2;)
                    f64.nearest
                    f64.abs
                    i64.reinterpret_f64
                    f64.convert_i64_s
                    i64.trunc_sat_f64_u
                    i64.eqz
                    f64.convert_i32_s
                    f32.demote_f64
                    f32.abs
                    loop (result i32) ;; label = @9
                      br 6 (;@3;)
                      memory.size
                      local.get 0
                      br 6 (;@3;)
                      i64.extend32_s
                      block ;; label = @10
                        memory.size
                        f64.load offset=129035 align=1
                        i64.reinterpret_f64
                        data.drop 0
                        loop ;; label = @11
                          local.get 2
                          i32.const 261095143
                          i32.popcnt
                          i32.const -2
                          block (result f32) ;; label = @12
                            elem.drop 2
                            elem.drop 1
                            block ;; label = @13
                              i64.const 0
                              loop (result f32) ;; label = @14
                                i64.const 0
                                f64.const -0x1.9928286cd99b4p-142 (;=-0.00000000000000000000000000000000000000000028667544458509324;)
                                br 12 (;@2;)
                                i64.const -1084671512159424389
                                i32.const 0
                                br_if 8 (;@6;)
                                f32.convert_i64_u
                                i64.trunc_sat_f32_u
                                f64.const -nan:0xf800000000000 (;=NaN;)
                                f64.trunc
                                data.drop 1
                                f64.abs
                                data.drop 0
                                br 1 (;@13;)
                                memory.size
                                f64.convert_i32_u
                                loop ;; label = @15
                                end
                                i64.reinterpret_f64
                                global.get 0
                                i64.xor
                                global.set 0
                                i64.reinterpret_f64
                                global.get 0
                                i64.xor
                                global.set 0
                                global.get 1
                                i64.xor
                                global.set 1
                                i64.reinterpret_f64
                                i64.const 0
                                i64.xor
                                global.set 0
                                global.get 1
                                i64.xor
                                global.set 1
                                f32.const -0x1p+1 (;=-2;)
                              end
                              i32.reinterpret_f32
                              global.get 2
                              i32.xor
                              global.set 2
                              global.get 1
                              i64.xor
                              global.set 1
                            end
                            f32.const 0x1.300bccp-19 (;=0.0000022653198;)
                          end
                          i32.reinterpret_f32
                          global.get 2
                          i32.xor
                          global.set 2
                          global.get 3
                          i32.xor
                          global.set 3
                          global.get 3
                          i32.xor
                          global.set 3
                          global.get 1
                          i64.xor
                          global.set 1
                        end
                        global.get 1
                        i64.xor
                        global.set 1
                      end
                      global.get 1
                      i64.xor
                      global.set 1
                    end
                    global.get 3
                    i32.xor
                    global.set 3
                    i32.reinterpret_f32
                    global.get 2
                    i32.xor
                    global.set 2
                    global.get 1
                    i64.xor
                    global.set 1
                    i64.reinterpret_f64
                    global.get 0
                    i64.xor
                    global.set 0
                  end
                  f32.const -nan:0x7bffff (;=NaN;)
                end
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
                global.get 1
                i64.xor
                global.set 1
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
                i64.const 3106398941666120508
              end
            end
            i64.const -8896105690835293025
            i64.xor
            global.set 1
            f64.const 0x1.fffffffffffp-1030 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000017383389519587;)
          end
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
          i32.reinterpret_f32
          global.get 2
          i32.xor
          global.set 2
          global.get 1
          i64.xor
          global.set 1
        end
      end
      global.get 3
      i32.xor
      global.set 3
      i64.reinterpret_f64
      global.get 0
      i64.xor
      global.set 0
      f32.const -0x1.7a5dfcp-67 (;=-0.0000000000000000000100152944;)
    end
    i32.reinterpret_f32
    global.get 2
    i32.xor
    global.set 2
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
    global.get 3
    i32.xor
    global.set 3
    i64.const 6433619513809412322
  )
  (data (;0;) "")
  (data (;1;) (i32.const 77446) "")
)
