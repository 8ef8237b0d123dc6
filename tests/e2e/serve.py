"""Static server for the end-to-end tests: dist/ at / and again at /tiendo/."""
import functools
import http.server
import os
import sys

DIST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dist")


class Handler(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path):
        if path.startswith("/tiendo/"):
            path = path[len("/tiendo"):]
        elif path == "/tiendo":
            path = "/"
        return super().translate_path(path)

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, *args):
        pass


Handler.extensions_map[".wasm"] = "application/wasm"
Handler.extensions_map[".js"] = "text/javascript"

if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8181
    handler = functools.partial(Handler, directory=os.path.abspath(DIST))
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
