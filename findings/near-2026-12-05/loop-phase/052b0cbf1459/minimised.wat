(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func))
  (type (;3;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;4;) (func))
  (type (;5;) (func))
  (type (;6;) (func))
  (type (;7;) (func (param i64 i64)))
  (type (;8;) (func (param i64)))
  (type (;9;) (func (param i64)))
  (type (;10;) (func (result i64)))
  (type (;11;) (func (result i64)))
  (type (;12;) (func (param i64)))
  (type (;13;) (func (param i64 i64 i64)))
  (type (;14;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;15;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;16;) (func (param i64 i64 i64)))
  (type (;17;) (func (param i64 i64)))
  (type (;18;) (func (param i64 i64)))
  (type (;19;) (func (param i64 i64)))
  (type (;20;) (func (param i64 i64)))
  (type (;21;) (func (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;22;) (func (param i64 i64) (result i64)))
  (type (;23;) (func (param i64 i64) (result i64)))
  (type (;24;) (func (param i64 i64 i64)))
  (type (;25;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;26;) (func (param i64 i64 i64 i64 i64 i64)))
  (type (;27;) (func (param i64)))
  (type (;28;) (func (param i64 i64 i64)))
  (type (;29;) (func (param i64 i64 i64)))
  (type (;30;) (func (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;31;) (func (param i64 i64)))
  (type (;32;) (func (param i64 i64 i64 i64)))
  (type (;33;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;34;) (func (param i64 i64 i64)))
  (type (;35;) (func (param i64 i64 i64 i64)))
  (type (;36;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;37;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;38;) (func (result i64)))
  (type (;39;) (func (param i64)))
  (type (;40;) (func (param i64 i64 i64) (result i64)))
  (type (;41;) (func (param i64 i64) (result i64)))
  (type (;42;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;43;) (func (param i64 i64 i64)))
  (type (;44;) (func (param i64)))
  (type (;45;) (func (param i64 i64 i64) (result i64)))
  (type (;46;) (func (param i64 i64 i64) (result i64)))
  (type (;47;) (func (param i64 i64 i64) (result i64)))
  (type (;48;) (func))
  (import "env" "block_index" (func (;0;) (type 1) (result i64)))
  (import "env" "attached_deposit" (func (;1;) (type 0) (param i64)))
  (import "env" "prepaid_gas" (func (;2;) (type 1) (result i64)))
  (import "env" "used_gas" (func (;3;) (type 1) (result i64)))
  (import "env" "read_register" (func (;4;) (type 7) (param i64 i64)))
  (import "env" "current_account_id" (func (;5;) (type 8) (param i64)))
  (import "env" "account_locked_balance" (func (;6;) (type 12) (param i64)))
  (import "env" "keccak512" (func (;7;) (type 13) (param i64 i64 i64)))
  (import "env" "log_utf8" (func (;8;) (type 19) (param i64 i64)))
  (import "env" "promise_batch_create" (func (;9;) (type 23) (param i64 i64) (result i64)))
  (import "env" "promise_set_refund_to" (func (;10;) (type 24) (param i64 i64 i64)))
  (import "env" "promise_batch_action_add_key_with_full_access" (func (;11;) (type 32) (param i64 i64 i64 i64)))
  (import "env" "bls12381_map_fp2_to_g2" (func (;12;) (type 46) (param i64 i64 i64) (result i64)))
  (memory (;0;) 0 2)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "set" (func 14))
  (func (;13;) (type 5))
  (func (;14;) (type 6)
    call 15
    call 2
    ref.null func
    f64.const 0x1.ffp-1066 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002525;)
    i32.const 131056
    memory.grow
    block ;; label = @1
      f64.const 0x1.5db6a536bf35ap-727 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001934931224982187;)
      i64.const 1322862161310707270
      i64.popcnt
      call 15
      block (result f64) ;; label = @2
        loop (result f64) ;; label = @3
          loop ;; label = @4
            f32.const -nan:0x7effff (;=NaN;)
            br 3 (;@1;)
            f32.ceil
            i32.reinterpret_f32
            f64.convert_i32_s
            i64.const 0
            i64.popcnt
            f32.const 0x1.09cb2p+28 (;=278704640;)
            f32.neg
            i64.trunc_sat_f32_s
            i64.add
            f64.const 0x1.88ff7e6d21e0ap+567 (;=741579885655579900000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
            f64.floor
            memory.size
            br_table 0 (;@4;) 1 (;@3;) 3 (;@1;) 4 3 (;@1;)
            br 0 (;@4;)
            f64.nearest
            unreachable
            i32.trunc_f64_s
            i64.load32_s align=2
            f64.convert_i64_u
            i32.trunc_f64_u
            f64.const -nan:0xffffffff7ffff (;=NaN;)
            i64.trunc_f64_u
            ref.null func
            br 3 (;@1;)
            ref.null func
            data.drop 0
            i64.const 0
            i64.popcnt
            i32.wrap_i64
            data.drop 1
            data.drop 0
            ref.null func
            call 13
            i32.const 0
            i64.load8_u
            i64.const 3223266779284367081
            block ;; label = @5
              f64.const 0x1.74e4b4cfeb83cp-290 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000007322273898098259;)
              i32.const 4194304
              f32.const 0x1.fffp-133 (;=0.000000000000000000000000000000000000000183649;)
              f32.const -0x1.bd027p-7 (;=-0.013580613;)
              f32.copysign
              data.drop 0
              f64.const -0x1.d2c3da34f02d5p+61 (;=-4204245795379456500;)
              i64.trunc_sat_f64_u
              f32.convert_i64_s
              f32.floor
              f32.gt
              i64.load8_u
              call 14
              ref.null func
              call 0
              data.drop 0
              loop ;; label = @6
                loop (result i64) ;; label = @7
                  memory.size
                  i32.extend8_s
                  f32.convert_i32_u
                  call 13
                  i64.const 0
                  loop (result funcref) ;; label = @8
                    f64.const 0x1.37cd6c8ed8ce9p+79 (;=736222690567777300000000;)
                    f64.nearest
                    f64.floor
                    i64.trunc_f64_u
                    i64.clz
                    memory.size
                    f32.load
                    return
                    f32.abs
                    i64.trunc_sat_f32_u
                    i64.mul
                    i64.ctz
                    i64.popcnt
                    f64.convert_i64_u
                    call 14
                    f64.sqrt
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    ref.null func
                  end
                  drop
                  global.get 0
                  i64.xor
                  global.set 0
                  i32.reinterpret_f32
                  global.get 1
                  i32.xor
                  global.set 1
                  i64.const 1
                end
                global.get 0
                i64.xor
                global.set 0
              end
              global.get 0
              i64.xor
              global.set 0
              drop
              global.get 0
              i64.xor
              global.set 0
              global.get 2
              i32.xor
              global.set 2
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
            end
            global.get 0
            i64.xor
            global.set 0
            global.get 0
            i64.xor
            global.set 0
            drop
            global.get 2
            i32.xor
            global.set 2
            drop
            drop
            global.get 0
            i64.xor
            global.set 0
            global.get 2
            i32.xor
            global.set 2
            global.get 0
            i64.xor
            global.set 0
            i64.reinterpret_f64
            global.get 3
            i64.xor
            global.set 3
          end
          call 15
          f64.const -nan:0xfffffffffff80 (;=NaN;)
        end
      end
      i64.reinterpret_f64
      global.get 3
      i64.xor
      global.set 3
      global.get 0
      i64.xor
      global.set 0
      i64.reinterpret_f64
      global.get 3
      i64.xor
      global.set 3
    end
    global.get 2
    i32.xor
    global.set 2
    i64.reinterpret_f64
    global.get 3
    i64.xor
    global.set 3
    call 15
    drop
    global.get 0
    i64.xor
    global.set 0
  )
  (func (;15;) (type 48)
    (local i64 i64)
    i64.const 10
    i64.const 50331648
    call 9
    local.set 0
    local.get 0
    i64.const 33
    i64.const 50331964
    i64.const 0
    call 11
    local.get 0
    i64.const 8
    i64.const 50331658
    call 10
    i64.const 0
    i64.const 1
    call 8
    i64.const 1
    i64.const 1
    i64.const 2
    call 7
    i64.const 0
    call 5
    i64.const 0
    call 6
  )
  (data (;0;) "")
  (data (;1;) "")
  (data (;2;) (i32.const 50331648) "alice.nearbob.nearcontract.neara1Not An Account!agocallback\00go,stopgogo,,stop{\22a\22:1}hello vmdiff\c3\bcn\c3\afc\c3\b6d\c3\a9\ff\fe\80\c3h\00i\00\00\d8hk1key-twok3value bytesv\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\a0\de\c5\ad\c956\00\00\00\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10\11\12\13\14\15\16\17\18\19\1a\1b\1c\1d\1e\1f\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\00asm\01\00\00\00not wasm\00\d7Z\98\01\82\b1\0a\b7\d5K\fe\d3\c9d\07:\0e\e1r\f3\da\a6#%\af\02\1ah\f7\07Q\1a\01y\bef~\f9\dc\bb\acU\a0b\95\ce\87\0b\07\02\9b\fc\db-\ce(\d9Y\f2\81[\16\f8\17\98H:\daw&\a3\c4e]\a4\fb\fc\0e\11\08\a8\fd\17\b4H\a6\85T\19\9cG\d0\8f\fb\10\d4\b8\00\00\00\00\00\00\00\00\00\00\07\d7Z\98\01\19\afT\f7\e2Fs}E\c7\fc\8c\cd\aaSh\b5\02\1c\a6_\02\a0_f\9c\16\d7\f8\07_\1a\01\08\87\9b4\cd/58\dc\c8\93\ff\fd\a9O\e9\a2\e2\d1\c5\09\f3\c1\f7\ac\dc[\d4\95mYTB\d1\c1\c29\b8<EE\acY9\b8.\d0\1c\dd\ea\e5x\0b\1e\a5\cb\1e\c0\84;cdy\ba\9e\7f\97\9eE\9a\f0\05\0dxV\a0\02\83\ec\ad\9a\84H\d8\f3t#\97\c1\f0\c1\10\eaf0\f4\1a\a6H\bah\b1\1b\e1\1e\eb\80J6\e6\84\9d\90\a5\91\11-\ff\da,\d5$o\f8\da\9b)vW\f99\1f8\1d\1a\dc\cf\f1\be\8b\a4\feu\97@_\f7Qsh\bd\ecE\b8/\f9\c8)\9e\e5\ff\ff\ff")
)
