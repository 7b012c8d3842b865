#include "providers/Rs256Signer.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace tl::providers {

namespace {

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

std::unique_ptr<BIO, BioFree> memoryBio(const QByteArray &pem)
{
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(pem.constData(), int(pem.size())));
}

} // namespace

Result<QByteArray> Rs256Signer::sign(const QByteArray &pemPrivateKey, const QByteArray &data)
{
    auto bio = memoryBio(pemPrivateKey);
    std::unique_ptr<EVP_PKEY, KeyFree> key(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA)
        return Error{QCoreApplication::translate(
            "tl::providers::Rs256Signer",
            "The service-account key's private_key is not a readable RSA private key.")};
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    std::size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       std::size_t(data.size())) != 1)
        return Error{QCoreApplication::translate("tl::providers::Rs256Signer",
                                                 "Signing the sign-in request failed.")};
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       std::size_t(data.size())) != 1)
        return Error{QCoreApplication::translate("tl::providers::Rs256Signer",
                                                 "Signing the sign-in request failed.")};
    signature.resize(qsizetype(length));
    return signature;
}

bool Rs256Signer::verify(const QByteArray &pemPublicKey, const QByteArray &data,
                         const QByteArray &signature)
{
    auto bio = memoryBio(pemPublicKey);
    std::unique_ptr<EVP_PKEY, KeyFree> key(
        bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!key || !ctx ||
        EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            std::size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(data.constData()),
                            std::size_t(data.size())) == 1;
}

} // namespace tl::providers
