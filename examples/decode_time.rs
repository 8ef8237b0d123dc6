use std::time::Instant;
fn main() {
    let dir = "/tmp/wl/reports-M";
    let mut files: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    files.sort();
    let mut best = f64::MAX;
    for _ in 0..15 {
        let t = Instant::now();
        for f in &files {
            tiendo::format::exchange::read(f).unwrap();
        }
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
    }
    println!("decode best {best:.1} ms");
}
