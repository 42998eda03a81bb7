//go:build !unix

package scalebench

import "os"

// peakRSS is -1: this system's process state has no resident set size.
func peakRSS(*os.ProcessState) int64 { return -1 }
