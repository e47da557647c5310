//! How compile cost is measured: CPU time of the process, or retired user-space instructions
//! where the machine counts them; a compile is measured alone (see [`exclusive`]).

use super::compiler::Compile;
use serde::{Deserialize, Serialize};
use std::sync::RwLock;

/// What compile cost is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Meter {
    /// Retired user-space instructions of this thread and the threads it starts meanwhile
    /// (singlepass compiles on a pool it creates per compile), from `perf_event_open`.
    Instructions,
    /// CPU seconds of the whole process; exact only while nothing else runs in it, which
    /// [`exclusive`] ensures for vmdiff's own workers.
    ProcessCpu,
}

impl Meter {
    /// Hardware instruction counters when the kernel grants them, else process CPU time.
    pub fn detect() -> Meter {
        if instructions::open().is_ok() {
            Meter::Instructions
        } else {
            Meter::ProcessCpu
        }
    }

    /// Why hardware counters are not used, for reports (`None` when they are).
    pub fn why_not_instructions() -> Option<String> {
        instructions::open()
            .err()
            .map(|e| format!("perf_event_open: {e}"))
    }

    pub fn unit(self) -> &'static str {
        match self {
            Meter::Instructions => "instructions",
            Meter::ProcessCpu => "cpu seconds",
        }
    }

    /// The cost of running `work` once, in this meter's unit.
    pub fn measure(self, work: impl FnOnce()) -> f64 {
        match self {
            Meter::Instructions => match instructions::open() {
                Ok(counter) => counter.count(work) as f64,
                // Counters granted at detection but not now: say so rather than mix units.
                Err(e) => panic!("instruction counter lost after detection: {e}"),
            },
            Meter::ProcessCpu => {
                let start = process_cpu_seconds();
                work();
                process_cpu_seconds() - start
            }
        }
    }
}

fn process_cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec to write into; the clock id is a constant.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    assert_eq!(
        rc, 0,
        "CLOCK_PROCESS_CPUTIME_ID is always available on Linux"
    );
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Hardware instruction counting through `perf_event_open(2)`.
mod instructions {
    use std::os::fd::{FromRawFd, OwnedFd};
    use std::os::unix::io::AsRawFd;

    /// `struct perf_event_attr` up to `config1` (PERF_ATTR_SIZE_VER0, which every kernel takes).
    #[repr(C)]
    #[derive(Default)]
    struct Attr {
        kind: u32,
        size: u32,
        config: u64,
        sample_period: u64,
        sample_type: u64,
        read_format: u64,
        flags: u64,
        wakeup_events: u32,
        bp_type: u32,
        config1: u64,
    }

    const PERF_TYPE_HARDWARE: u32 = 0;
    const PERF_COUNT_HW_INSTRUCTIONS: u64 = 1;
    const DISABLED: u64 = 1 << 0;
    const INHERIT: u64 = 1 << 1;
    const EXCLUDE_KERNEL: u64 = 1 << 5;
    const EXCLUDE_HV: u64 = 1 << 6;
    const IOC_ENABLE: libc::c_ulong = 0x2400;
    const IOC_DISABLE: libc::c_ulong = 0x2401;

    pub struct Counter(OwnedFd);

    pub fn open() -> std::io::Result<Counter> {
        let attr = Attr {
            kind: PERF_TYPE_HARDWARE,
            size: std::mem::size_of::<Attr>() as u32,
            config: PERF_COUNT_HW_INSTRUCTIONS,
            flags: DISABLED | INHERIT | EXCLUDE_KERNEL | EXCLUDE_HV,
            ..Attr::default()
        };
        // SAFETY: a valid attr of the declared size; pid 0 / cpu -1 = this task on any CPU.
        let fd = unsafe {
            libc::syscall(
                libc::SYS_perf_event_open,
                &attr as *const Attr,
                0,
                -1,
                -1,
                0,
            )
        };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: the kernel just returned this descriptor to us.
        Ok(Counter(unsafe { OwnedFd::from_raw_fd(fd as i32) }))
    }

    impl Counter {
        pub fn count(self, work: impl FnOnce()) -> u64 {
            let fd = self.0.as_raw_fd();
            // SAFETY: ioctls and a read of 8 bytes on a perf event descriptor we own.
            unsafe {
                libc::ioctl(fd, IOC_ENABLE, 0);
                work();
                libc::ioctl(fd, IOC_DISABLE, 0);
                let mut value = 0u64;
                let n = libc::read(fd, (&mut value as *mut u64).cast(), 8);
                if n == 8 {
                    value
                } else {
                    0
                }
            }
        }
    }
}

/// vmdiff's workers run cases under a shared hold of this lock; a measurement takes it
/// exclusively, so process CPU time counts the measured compile and nothing else.
static MEASURING: RwLock<()> = RwLock::new(());

/// Runs `work` while no other vmdiff worker runs a case.
pub fn exclusive<R>(work: impl FnOnce() -> R) -> R {
    let _guard = MEASURING.write().unwrap_or_else(|e| e.into_inner());
    work()
}

/// Runs `work` (a case) so that it pauses while someone measures.
pub fn alongside<R>(work: impl FnOnce() -> R) -> R {
    let _guard = MEASURING.read().unwrap_or_else(|e| e.into_inner());
    work()
}

/// Repeated measurements of one compile.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq)]
pub struct Sample {
    pub min: f64,
    pub median: f64,
    pub max: f64,
}

/// Compiles `wasm` `repeats` times, each measured alone (see [`exclusive`]).
pub fn measure(
    compiler: &dyn Compile,
    wasm: &[u8],
    meter: Meter,
    repeats: usize,
) -> Result<Sample, String> {
    let mut values = Vec::with_capacity(repeats.max(1));
    for _ in 0..repeats.max(1) {
        let mut result = Ok(());
        let value = exclusive(|| meter.measure(|| result = compiler.compile(wasm)));
        result?;
        values.push(value);
    }
    values.sort_by(f64::total_cmp);
    Ok(Sample {
        min: values[0],
        median: values[values.len() / 2],
        max: values[values.len() - 1],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn meters_measure_more_work_as_more() {
        let meter = Meter::detect();
        let spin = |n: u64| {
            move || {
                let mut x = 0u64;
                for i in 0..n {
                    x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
                }
                std::hint::black_box(x);
            }
        };
        let small = meter.measure(spin(1_000));
        let large = meter.measure(spin(50_000_000));
        assert!(large > small, "{meter:?}: {small} vs {large}");
    }
}
