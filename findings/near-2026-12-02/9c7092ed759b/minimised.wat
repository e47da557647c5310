(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func (param i64)))
  (type (;5;) (func (result i64)))
  (type (;6;) (func (param i64 i64 i64)))
  (type (;7;) (func (param i64 i64 i64)))
  (type (;8;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;9;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;10;) (func))
  (type (;11;) (func (param i64 i64)))
  (type (;12;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;13;) (func (param i64 i64) (result i64)))
  (type (;14;) (func (param i64 i64 i64) (result i64)))
  (type (;15;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;16;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;17;) (func (param i64) (result i64)))
  (type (;18;) (func (param i64)))
  (type (;19;) (func (param i64 i64 i64)))
  (type (;20;) (func (param i64 i64 i64)))
  (type (;21;) (func (param i64 i64 i64)))
  (type (;22;) (func (param i64 i64 i64 i64 i64 i64 i64)))
  (type (;23;) (func (param i64 i64 i64 i64)))
  (type (;24;) (func (param i64 i64 i64)))
  (type (;25;) (func (param i64 i64 i64 i64)))
  (type (;26;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;27;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;28;) (func (param i64 i64 i64 i64 i64) (result i64)))
  (type (;29;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;30;) (func (param i64 i64 i64)))
  (type (;31;) (func (param i64 i64 i64) (result i64)))
  (type (;32;) (func (param i64 i64 i64) (result i64)))
  (type (;33;) (func (param i64 i64 i64) (result i64)))
  (type (;34;) (func (param i64 i64 i64) (result i64)))
  (type (;35;) (func (param f32) (result f64)))
  (type (;36;) (func))
  (type (;37;) (func))
  (type (;38;) (func))
  (type (;39;) (func))
  (import "env" "current_account_id" (func (;0;) (type 0) (param i64)))
  (import "env" "epoch_height" (func (;1;) (type 2) (result i64)))
  (import "env" "prepaid_gas" (func (;2;) (type 5) (result i64)))
  (memory (;0;) 2)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "callback" (func 6))
  (elem (;0;) declare func)
  (func (;3;) (type 36)
    i32.const -513
    memory.grow
    block (result i64) ;; label = @1
      block ;; label = @2
        loop (result f64) ;; label = @3
          loop ;; label = @4
            f32.const 0x1.222222p-93 (;=0.00000000000000000000000000011443742;)
            i32.const 1048575
            f32.reinterpret_i32
            f64.promote_f32
            i32.trunc_sat_f64_s
            call 1
            f32.convert_i64_s
            i32.trunc_f32_s
            i32.shr_u
            i64.load16_s offset=84275
            i64.clz
            block (result f32) ;; label = @5
              f32.const -0x1.0da10ep-59 (;=-0.000000000000000001827078;)
              loop (result f32) ;; label = @6
                block ;; label = @7
                end
                loop ;; label = @7
                end
                br 6
                call 3
                call 6
                f32.const 0x1.p-143 (;=0.00000000000000000000000000000000000000000009;)
                loop (result f64) ;; label = @7
                  f64.const 0x1.fffp-1062 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004047;)
                end
                i64.reinterpret_f64
                global.get 1
                i64.xor
                global.set 1
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
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
          end
          f64.const 0x1.2cad639ee85dfp-981 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005746917094440701;)
        end
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
      end
      i64.const 1
    end
    global.get 2
    i64.xor
    global.set 2
    global.get 3
    i32.xor
    global.set 3
  )
  (func (;4;) (type 37)
    unreachable
  )
  (func (;5;) (type 38))
  (func (;6;) (type 39)
    (local i64 f64 i32)
    loop (result i64) ;; label = @1
      call 3
      call 4
      f32.const -0x1.8cb45p-36 (;=-0.000000000022550031;)
      i32.trunc_sat_f32_s
      f64.load offset=49576
      local.set 1
      i32.const 1
      f64.const -0x1.31aeda30b55f2p+95 (;=-47302155731264690000000000000;)
      i64.const 0
      block (result f64) ;; label = @2
        call 4
        loop (result f32) ;; label = @3
          i32.const 1
          call 2
          i64.store offset=94211
          i64.const 0
          i64.popcnt
          i64.extend16_s
          br 3
          call 0
          i32.const 0
          f64.convert_i32_u
          f32.const -0x1.883b86p-94 (;=-0.000000000000000000000000000077354224;)
          elem.drop 0
          block (result f32) ;; label = @4
            i64.const 0
            return
            local.tee 0
            f64.convert_i64_s
            f64.nearest
            loop ;; label = @5
              call 5
              block ;; label = @6
                i32.const 0
                i32.const -134217728
                i32.rotl
                i32.load16_s offset=125520
                f32.const -0x1.cc0b6ap-49 (;=-0.0000000000000031922006;)
                i64.const 1
                i64.const 1
                f32.convert_i64_s
                br 1 (;@5;)
                loop (result f64) ;; label = @7
                  br 0 (;@7;)
                  f32.const 0x1.fb829p-83 (;=0.00000000000000000000000020498166;)
                  i64.const -2199023255552
                  call 2
                  br 2 (;@5;)
                  i64.eqz
                  br_if 4 (;@3;)
                  f64.convert_i64_u
                  i32.trunc_f64_u
                  i32.extend8_s
                  f32.const 0x1p+0 (;=1;)
                  i64.trunc_sat_f32_u
                  block ;; label = @8
                    i32.const 1
                    i64.load32_s offset=2943
                    br 2 (;@6;)
                    global.get 2
                    i64.xor
                    global.set 2
                  end
                  global.get 2
                  i64.xor
                  global.set 2
                  i32.const 0
                  i32.xor
                  global.set 3
                  i32.reinterpret_f32
                  global.get 0
                  i32.xor
                  global.set 0
                  f64.const 0x1.d2b197b3e66b2p+555 (;=215000557512567500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                end
                i64.reinterpret_f64
                global.get 1
                i64.xor
                global.set 1
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
                global.get 3
                i32.xor
                global.set 3
              end
            end
            i64.reinterpret_f64
            global.get 1
            i64.xor
            global.set 1
            f32.const -0x1.57108cp-111 (;=-0.0000000000000000000000000000000005161863;)
          end
          i32.reinterpret_f32
          global.get 0
          i32.xor
          global.set 0
          i32.reinterpret_f32
          global.get 0
          i32.xor
          global.set 0
          i64.reinterpret_f64
          global.get 1
          i64.xor
          global.set 1
          f32.const 0x1.fffffep-124 (;=0.00000000000000000000000000000000000009403954;)
        end
        i32.reinterpret_f32
        global.get 0
        i32.xor
        global.set 0
        f64.const -0x1.949ac954d682p+747 (;=-1170031755052172800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
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
      global.get 3
      i32.xor
      global.set 3
      i64.const 0
    end
    global.get 2
    i64.xor
    global.set 2
  )
)
