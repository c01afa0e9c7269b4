// Who is calling, until accounts arrive: with --demo every request runs as the demo
// caseworker; without it, every route that needs a principal answers 401. Handlers only
// see the resulting Principal, so real login can replace this without touching them.
#pragma once

#include "http/server.h"
#include "store/store.h"

namespace helder::app {

http::Authenticator demo_authenticator(Store& store, bool demo);

}  // namespace helder::app
