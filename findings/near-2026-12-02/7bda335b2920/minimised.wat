(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (result i64)))
  (type (;5;) (func (param i64 i64 i64)))
  (type (;6;) (func (param i64 i64)))
  (type (;7;) (func (param i64 i64)))
  (type (;8;) (func (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;9;) (func (param i64 i64) (result i64)))
  (type (;10;) (func (param i64 i64 i64 i64 i64 i64)))
  (type (;11;) (func (param i64)))
  (type (;12;) (func (param i64 i64 i64)))
  (type (;13;) (func (param i64 i64)))
  (type (;14;) (func (param i64 i64 i64 i64)))
  (type (;15;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;16;) (func (param i64 i64 i64 i64)))
  (type (;17;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;18;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;19;) (func (param i64 i64) (result i64)))
  (type (;20;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;21;) (func (param i64 i64 i64) (result i64)))
  (type (;22;) (func (param i64 i64) (result i64)))
  (type (;23;) (func))
  (type (;24;) (func))
  (type (;25;) (func))
  (import "env" "block_timestamp" (func (;0;) (type 2) (result i64)))
  (table (;0;) 26 funcref)
  (memory (;0;) 0 1)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 1))
  (elem (;0;) (table 0) (i32.const 2) func)
  (func (;1;) (type 25)
    (local f32 i64 f64)
    block ;; label = @1
      i32.const 1
      memory.grow
      f32.const 0x1.15101ap+106 (;=87804740000000000000000000000000;)
      f32.floor
      i64.const 0
      block ;; label = @2
        i64.const 0
        data.drop 0
        i32.const 2063137307
        memory.size
        i64.const 0
        i64.ctz
        memory.size
        i64.extend_i32_u
        call 1
        br 2
        call 0
        f32.const -0x1.237716p-51 (;=-0.0000000000000005056115;)
        i64.const 1
        i32.const 1038599452
        if ;; label = @3
          nop
        else
          f32.const 0x1.2674bap-45 (;=0.00000000000003269118;)
          data.drop 0
          nop
          return
          f32.nearest
          block (result i32) ;; label = @4
            block ;; label = @5
              loop (result i32) ;; label = @6
                elem.drop 0
                loop (result f64) ;; label = @7
                  i32.const -15984258
                  i64.load32_u align=2
                  i32.const 0
                  memory.grow
                  f32.reinterpret_i32
                  i64.const 0
                  f64.convert_i64_u
                  memory.size
                  br_table 0 (;@7;) 1 (;@6;) 2 (;@5;) 4 (;@3;) 5 (;@2;) 6 (;@1;) 7 0 (;@7;)
                  i64.trunc_f64_s
                  loop ;; label = @8
                    br 5 (;@3;)
                    memory.size
                    i64.load align=4
                    block ;; label = @9
                      i32.const -1787724810
                      f64.convert_i32_s
                      memory.size
                      block (result i32) ;; label = @10
                        f64.const 0x1.fffffffffffffp-768 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000012882297539194265;)
                        i32.trunc_sat_f64_s
                        br 5 (;@5;)
                        loop (result f64) ;; label = @11
                          i64.const 0
                          memory.size
                          f64.convert_i32_s
                          block ;; label = @12
                            block ;; label = @13
                              i64.const 0
                              br 2 (;@11;)
                              loop (result i32) ;; label = @14
                                i32.const -9
                              end
                              global.get 1
                              i32.xor
                              global.set 1
                              global.get 0
                              i64.xor
                              global.set 0
                            end
                          end
                          i64.reinterpret_f64
                          i64.const 0
                          i64.xor
                          global.set 2
                          global.get 0
                          i64.xor
                          global.set 0
                          f64.const -0x1.37cc032cccb19p-416 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007197035818185288;)
                        end
                        i64.reinterpret_f64
                        global.get 2
                        i64.xor
                        global.set 2
                      end
                      global.get 1
                      i32.xor
                      global.set 1
                      global.get 1
                      i32.xor
                      global.set 1
                      i64.reinterpret_f64
                      global.get 2
                      i64.xor
                      global.set 2
                    end
                    global.get 0
                    i64.xor
                    global.set 0
                  end
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
                  f64.const 0x1.e2c19448ca5bep-923 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000026595114776405417;)
                end
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                i32.const 0
              end
              drop
            end
            i32.const 0
          end
          global.get 1
          i32.xor
          global.set 1
          i32.reinterpret_f32
          global.get 3
          i32.xor
          global.set 3
        end
        i64.const 0
        i64.xor
        global.set 0
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        global.get 0
        i64.xor
        global.set 0
        global.get 0
        i64.xor
        global.set 0
        global.get 0
        i64.xor
        global.set 0
        global.get 1
        i32.xor
        global.set 1
        i32.const 1
        i32.xor
        global.set 1
        global.get 0
        i64.xor
        global.set 0
      end
      global.get 0
      i64.xor
      global.set 0
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
      global.get 1
      i32.xor
      global.set 1
    end
  )
  (data (;0;) "")
)
