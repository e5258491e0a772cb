package bot_test

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// platformName matches the names of the platforms that have adapters. A new
// adapter's platform joins the list, and its folder joins adapterFolders.
var platformName = regexp.MustCompile(`(?i)telegram|discord|console`)

// adapterFolders are the folders under bot/ that translate for one platform
// each; only they (and tests) may name a platform.
var adapterFolders = map[string]bool{"telegram": true, "discord": true, "console": true, "web": true}

// TestNoPlatformNames keeps the conversation free of platform names: what a
// platform can do comes from the Capabilities its adapter declares, so that
// a new platform is one new folder. It reads every non-test Go file in this
// folder and in its folders that are not adapters.
func TestNoPlatformNames(t *testing.T) {
	checked := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != "." && (adapterFolders[d.Name()] || d.Name() == "testdata") {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		checked++
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for n := 1; sc.Scan(); n++ {
			if m := platformName.FindString(sc.Text()); m != "" {
				t.Errorf("bot/%s:%d names the platform %q: %s\n"+
					"\tThe conversation must not know platforms by name. Declare what the platform can do, or the words\n"+
					"\tit uses, in bot.Capabilities from its adapter's folder, and read them here; comments speak of\n"+
					"\tcapabilities (\"platforms without buttons\"), not of names.",
					filepath.ToSlash(path), n, m, strings.TrimSpace(sc.Text()))
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 10 {
		t.Fatalf("checked %d Go files; want the whole of bot/ (is the test run from its folder?)", checked)
	}
}
