#include "common/thread_name.h"

#include <pthread.h>

#include <string>

namespace helder {

void name_this_thread(std::string_view name) {
  std::string cut(name.substr(0, 15));
  pthread_setname_np(pthread_self(), cut.c_str());
}

void name_this_thread_once(std::string_view name) {
  thread_local bool named = false;
  if (named) return;
  name_this_thread(name);
  named = true;
}

}  // namespace helder
