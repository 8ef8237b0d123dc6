// The hosts of docs/deploy.md, each started with the configuration the page
// documents (docs/deploy/*), serving dist/ on a port of its own: what
// deploy.spec.ts loads. Only the listening address and the path of dist/ are
// put in; the rest is the documented file as it stands.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const dist = join(root, "dist");
const docs = join(root, "docs/deploy");

export interface Host {
  name: string;
  base: string;
  stop(): Promise<void>;
}

async function listening(base: string, child: ChildProcess, log: () => string) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${log()}`);
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`no answer from ${base}: ${log()}`);
}

async function run(name: string, port: number, command: string, args: string[], log: () => string, folder?: string): Promise<Host> {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const base = `http://127.0.0.1:${port}/`;
  await listening(base, child, () => stderr + log());
  return {
    name,
    base,
    async stop() {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
};

/** static-web-server, as scripts/serve.sh runs it. */
export function staticWebServer(port: number): Promise<Host> {
  const args = ["--config-file", join(docs, "static-web-server.toml"), "--host", "127.0.0.1", "--port", String(port), "--root", dist];
  return run("static-web-server", port, "static-web-server", args, () => "");
}

/** nginx with docs/deploy/nginx.conf in its http block, as in conf.d/. */
export function nginx(port: number): Promise<Host> {
  const folder = mkdtempSync(join(tmpdir(), "tiendo-nginx-"));
  const site = readFileSync(join(docs, "nginx.conf"), "utf8")
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/srv\/tiendo\/dist;$/m, `$1root ${dist};`);
  writeFileSync(join(folder, "tiendo.conf"), site);
  writeFileSync(
    join(folder, "nginx.conf"),
    `daemon off;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${folder};
  proxy_temp_path ${folder};
  fastcgi_temp_path ${folder};
  uwsgi_temp_path ${folder};
  scgi_temp_path ${folder};
  include ${folder}/tiendo.conf;
}
`,
  );
  return run("nginx", port, "/usr/sbin/nginx", ["-p", folder, "-c", join(folder, "nginx.conf")], () => read(join(folder, "error.log")), folder);
}

/** Apache httpd with docs/deploy/apache.conf in dist/'s <Directory> block. */
export function apache(port: number): Promise<Host> {
  const folder = mkdtempSync(join(tmpdir(), "tiendo-apache-"));
  const modules = "/usr/lib/apache2/modules";
  const load = ["mpm_event", "authz_core", "mime", "dir", "rewrite", "headers"]
    .map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`)
    .join("\n");
  writeFileSync(
    join(folder, "httpd.conf"),
    `${load}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${folder}/httpd.pid
ErrorLog ${folder}/error.log
Mutex file:${folder}
DefaultRuntimeDir ${folder}
TypesConfig /etc/mime.types
User www-data
Group www-data
DocumentRoot "${dist}"
<Directory "${dist}">
    Require all granted
    Include "${join(docs, "apache.conf")}"
</Directory>
`,
  );
  return run("Apache", port, "/usr/sbin/apache2", ["-f", join(folder, "httpd.conf"), "-DFOREGROUND"], () => read(join(folder, "error.log")), folder);
}
