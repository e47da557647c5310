(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func))
  (type (;4;) (func))
  (type (;5;) (func))
  (type (;6;) (func))
  (import "env" "epoch_height" (func (;0;) (type 0) (result i64)))
  (import "env" "attached_deposit" (func (;1;) (type 1) (param i64)))
  (import "env" "used_gas" (func (;2;) (type 2) (result i64)))
  (memory (;0;) 0 1)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "get" (func 4))
  (func (;3;) (type 3))
  (func (;4;) (type 4)
    (local f64)
    memory.size
    memory.grow
    call 5
    call 4
    call 3
    i64.load8_s
    f32.convert_i64_s
    f32.floor
    f32.sqrt
    data.drop 0
    f32.nearest
    f32.ceil
    local.get 0
    local.tee 0
    i64.trunc_sat_f64_s
    i64.const 80
    f32.convert_i64_u
    i64.trunc_sat_f32_u
    i64.extend16_s
    i32.const 1649538489
    select
    f32.convert_i64_u
    f32.sqrt
    call 3
    f32.lt
    f64.load align=1
    call 6
    f64.nearest
    i64.trunc_f64_s
    memory.size
    i32.load8_u
    call 2
    i64.store align=4
    i64.ctz
    i32.wrap_i64
    i64.extend_i32_s
    i32.wrap_i64
    call 0
    f64.reinterpret_i64
    f64.const 0x1.39fb24f45a2ep+241 (;=4334034889844185000000000000000000000000000000000000000000000000000000000;)
    f64.floor
    i32.const -1357687801
    f32.const 0x1p-111 (;=0.000000000000000000000000000000000385186;)
    i64.trunc_sat_f32_s
    data.drop 0
    i64.popcnt
    local.get 0
    block ;; label = @1
      memory.size
      i32.load align=2
      f32.load align=1
      i64.const 3370486872414674134
      memory.size
      f64.const 0x1.c4328411e7047p-341 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000039432971493816735;)
      f64.abs
      f64.floor
      i64.trunc_f64_s
      br 0 (;@1;)
      f32.convert_i64_u
      f64.promote_f32
      i32.const 0
      block ;; label = @2
        call 2
        call 4
        f64.const 0x1p+0 (;=1;)
        f64.floor
        local.set 0
        i64.const -3376890208612590960
        call 1
        data.drop 0
        i64.const 6287770368703358696
        f64.const -nan:0xffffffc000000 (;=NaN;)
        block (result i64) ;; label = @3
          i32.const 0
          i32.load16_u offset=53543
          i32.load8_u
          loop (result i32) ;; label = @4
            memory.size
            f64.const -0x1.c6247266b821ap+586 (;=-449292859410018400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
            br 3 (;@1;)
            f64.store align=2
            block ;; label = @5
              local.get 0
              local.tee 0
              local.get 0
              i32.const 0
              block ;; label = @6
                br 4 (;@2;)
                f64.const -0x1.a98ddc3ad50bep+253 (;=-24060450756791446000000000000000000000000000000000000000000000000000000000000;)
                i32.trunc_f64_u
                br 2 (;@4;)
                i64.load8_u offset=604634498
                global.get 1
                i64.xor
                global.set 1
              end
              global.get 0
              i32.xor
              global.set 0
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
            end
            i32.const 0
          end
          global.get 0
          i32.xor
          global.set 0
          global.get 0
          i32.xor
          global.set 0
          i64.const 35184372088831
        end
        global.get 1
        i64.xor
        global.set 1
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        global.get 1
        i64.xor
        global.set 1
        global.get 1
        i64.xor
        global.set 1
      end
      global.get 0
      i32.xor
      global.set 0
      i64.reinterpret_f64
      global.get 3
      i64.xor
      global.set 3
      global.get 0
      i32.xor
      global.set 0
      global.get 1
      i64.xor
      global.set 1
      i32.reinterpret_f32
      global.get 2
      i32.xor
      global.set 2
    end
    i64.reinterpret_f64
    global.get 3
    i64.xor
    global.set 3
    global.get 1
    i64.xor
    global.set 1
    global.get 0
    i32.xor
    global.set 0
    i64.reinterpret_f64
    i64.const 0
    i64.xor
    global.set 3
    i64.reinterpret_f64
    global.get 3
    i64.xor
    global.set 3
    global.get 0
    i32.xor
    global.set 0
  )
  (func (;5;) (type 5))
  (func (;6;) (type 6))
  (data (;0;) "")
)
