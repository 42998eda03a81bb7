//go:build unix

package scalebench

import (
	"os"
	"runtime"
	"syscall"
)

// peakRSS is the finished process's largest resident set, in bytes, or -1.
func peakRSS(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return -1
	}
	// Linux and the BSDs count kilobytes, macOS bytes.
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return int64(ru.Maxrss)
	}
	return int64(ru.Maxrss) * 1024
}
